package vn.minhbach.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A recommendation (kiến nghị) of a conclusion: an owner unit must implement it by a deadline. */
@Entity
@Table(name = "recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "target_id")
    public UUID targetId;
    /** The team's unit, for scoping who may follow it up. */
    @Column(name = "unit_path")
    public String unitPath;
    public String text;
    @Column(name = "owner_unit")
    public String ownerUnit;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public RecommendationStatus status;
    /** Business date of the latest status. */
    @Column(name = "status_date")
    public LocalDate statusDate;
    /** Set once the overdue event has been written, so it is announced once only. */
    @Column(name = "overdue_announced_at")
    public OffsetDateTime overdueAnnouncedAt;
    @Version
    public int version;

    public boolean overdueOn(LocalDate day) {
        return status.outstanding() && dueDate.isBefore(day);
    }
}
