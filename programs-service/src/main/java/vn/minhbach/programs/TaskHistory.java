package vn.minhbach.programs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a task's history (issue 17.6): today the hand-over of a retired unit's open task to a
 * successor unit ({@code HAND_OVER}, from and to unit, the day the successor took over).
 */
@Entity
@Table(name = "task_history")
public class TaskHistory extends PanacheEntityBase {

    public static final String HAND_OVER = "HAND_OVER";

    @Id
    public UUID id;
    @Column(name = "task_id")
    public Long taskId;
    public int seq;
    public String action;
    @Column(name = "from_unit")
    public String fromUnit;
    @Column(name = "to_unit")
    public String toUnit;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    public String note;
    public String actor;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public static List<TaskHistory> of(long taskId) {
        return list("taskId = ?1 order by seq", taskId);
    }

    /** Appends an entry after the task's last one. */
    public static TaskHistory append(long taskId, String action, String from, String to, LocalDate effectiveDate,
            String note, String actor) {
        TaskHistory h = new TaskHistory();
        h.id = UUID.randomUUID();
        h.taskId = taskId;
        h.seq = (int) count("taskId", taskId);
        h.action = action;
        h.fromUnit = from;
        h.toUnit = to;
        h.effectiveDate = effectiveDate;
        h.note = note;
        h.actor = actor;
        h.recordedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        h.persist();
        return h;
    }
}
