package vn.minhbach.inspections;

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
import vn.minhbach.chassis.problem.ProblemException;

/** A petition flagged with corruption signs, waiting for an inspector to open a team or dismiss it. */
@Entity
@Table(name = "lead")
public class Lead extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "petition_id")
    public String petitionId;
    @Column(name = "petition_number")
    public String petitionNumber;
    @Column(name = "petition_kind")
    public String petitionKind;
    /** Comma-separated domains as the petitions service named them. */
    public String domains;
    public String summary;
    @Column(name = "flagged_date")
    public LocalDate flaggedDate;
    @Column(name = "unit_path")
    public String unitPath;
    @Enumerated(EnumType.STRING)
    public LeadStatus status;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "dismiss_reason")
    public String dismissReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    /** Two inspectors acting on one lead at once: the second gets 409 (stale version). */
    @jakarta.persistence.Version
    public int version;

    /** Only a new lead can be opened or dismissed, once. */
    public void requireNew() {
        if (status != LeadStatus.NEW) {
            throw ProblemException.conflict("lead.not-new", id, status);
        }
    }
}
