package vn.minhbach.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Chỉ tiêu of a task: a numeric value with its unit and direction, or a milestone. When bound to a
 * {@link Metric}, progress is computed from the report read model, never typed in.
 */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    public enum Kind { NUMERIC, MILESTONE }

    public enum Direction { AT_LEAST, AT_MOST }

    /** Figures the read model computes for the task's unit subtree and period. */
    public enum Metric {
        PETITIONS_RECEIVED, PETITIONS_SETTLED_SHARE, PETITIONS_RESOLVED_ON_TIME_SHARE, PERSON_VISITS,
        INSPECTION_TEAMS, SUPERVISION_TEAMS, CORRUPTION_SIGNS_FLAGGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id")
    public Long taskId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "target_value")
    public BigDecimal targetValue;
    @Column(name = "measure_unit")
    public String measureUnit;
    @Enumerated(EnumType.STRING)
    public Direction direction;
    public String milestone;
    @Column(name = "milestone_date")
    public LocalDate milestoneDate;
    @Enumerated(EnumType.STRING)
    public Metric metric;
    @Column(name = "implements_instrument_id")
    public Long implementsInstrumentId;

    public static Target ofTask(Long taskId) {
        return find("taskId", taskId).firstResult();
    }

    /** Whether {@code achieved} meets a numeric target; null when there is nothing to compare yet. */
    public Boolean met(BigDecimal achieved) {
        if (kind != Kind.NUMERIC || achieved == null || targetValue == null) {
            return null;
        }
        int c = achieved.compareTo(targetValue);
        return direction == Direction.AT_MOST ? c <= 0 : c >= 0;
    }
}
