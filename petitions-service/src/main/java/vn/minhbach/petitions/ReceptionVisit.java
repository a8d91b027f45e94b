package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Tiếp công dân: one reception visit, counted in person-visits ("lượt người"). */
@Entity
@Table(name = "reception_visit")
public class ReceptionVisit extends PanacheEntityBase {

    public enum Kind { REGULAR, PERIODIC_LEADER, AD_HOC }

    public enum VisitOutcome { GUIDANCE_GIVEN, PETITION_RECEIVED, OTHER }

    @Id
    public UUID id;
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "visit_at")
    public LocalDateTime visitAt;
    @Column(name = "visit_date")
    public LocalDate visitDate;
    public String place;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "receiving_official")
    public String receivingOfficial;
    @Column(name = "leader_present")
    public String leaderPresent;
    public int people;
    @Column(name = "group_visit")
    public boolean groupVisit;
    public String summary;
    @Enumerated(EnumType.STRING)
    public VisitOutcome outcome;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reception_visit_petition", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "petition_id")
    public Set<UUID> petitionIds = new LinkedHashSet<>();
}
