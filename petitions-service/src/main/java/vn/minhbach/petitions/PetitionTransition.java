package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a petition's history, with actor, business date and document reference. */
@Entity
@Table(name = "petition_transition")
public class PetitionTransition extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "petition_id")
    public UUID petitionId;
    public int seq;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PetitionStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public PetitionStatus toStatus;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "document_reference")
    public String documentReference;
    public String note;
    public String actor;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    /** The note of a TRANSFER step starts with this, then the receiving agency (see {@link Action}). */
    public static final String TO_AGENCY = "toAgency=";

    /**
     * The agency of a transfer step, whose note starts with {@code toAgency=<agency>} and may go on with
     * {@code "; "} and the official's note (PetitionService.transition); only the agency is returned.
     */
    public static String agency(String note) {
        if (note == null || !note.startsWith(TO_AGENCY)) {
            return null;
        }
        String rest = note.substring(TO_AGENCY.length());
        int end = rest.indexOf("; ");
        return end < 0 ? rest : rest.substring(0, end);
    }
}
