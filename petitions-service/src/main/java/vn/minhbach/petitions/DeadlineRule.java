package vn.minhbach.petitions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A statutory time limit, kept as data so a change in law needs no release. */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Optimistic version: the resource's ETag (issue 19.6). */
    @jakarta.persistence.Version
    public int version;
    @Enumerated(EnumType.STRING)
    public PetitionKind kind;
    public int instance;
    @Enumerated(EnumType.STRING)
    public Deadline phase;
    @Enumerated(EnumType.STRING)
    public Complexity complexity;
    @Column(name = "remote_area")
    public boolean remoteArea;
    public int days;
    @Enumerated(EnumType.STRING)
    @Column(name = "count_unit")
    public CountUnit countUnit;
    @Column(name = "max_extensions")
    public int maxExtensions;
    @Column(name = "extension_days")
    public int extensionDays;
    @Column(name = "legal_basis")
    public String legalBasis;
    /** First day a clock may start under this rule; null = since always. */
    @Column(name = "effective_from")
    public java.time.LocalDate effectiveFrom;
    /** Last day a clock may start under this rule; null = until further notice. */
    @Column(name = "effective_to")
    public java.time.LocalDate effectiveTo;

    public boolean inForceOn(java.time.LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
