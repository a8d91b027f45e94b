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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.minhbach.programs.ReportingPeriod.Recurrence;

/**
 * Nhiệm vụ: work under a topic, an instrument or a solution group, assigned to a unit, due once
 * ({@link #dueDate}) or reported every period ({@link #recurrence}). A one-off task is DONE when a
 * program officer accepts its report; a recurring task stays OPEN for the program's life.
 */
@Entity
@Table(name = "task")
public class ProgramTask extends PanacheEntityBase {

    public enum Status { OPEN, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "topic_id")
    public Long topicId;
    @Column(name = "instrument_id")
    public Long instrumentId;
    @Column(name = "solution_group_id")
    public Long solutionGroupId;
    public String title;
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "assigned_date")
    public LocalDate assignedDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public Recurrence recurrence;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "completed_date")
    public LocalDate completedDate;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public int version;

    /** The period a report names, or null when the label does not fit this task's rhythm. */
    public ReportingPeriod period(String label) {
        if (recurrence == null) {
            return ReportingPeriod.DUE.equals(label) ? new ReportingPeriod(label, assignedDate, dueDate) : null;
        }
        return ReportingPeriod.parse(label, recurrence);
    }

    /** A one-off task past its due date and not done on {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return recurrence == null && status == Status.OPEN && dueDate.isBefore(day);
    }
}
