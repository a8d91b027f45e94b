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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Báo cáo tiến độ of a task for one period by the assigned unit: SUBMITTED, then ACCEPTED or
 * RETURNED (with a reason) by a program officer. A returned report may be replaced by a new one.
 */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    public enum Status { SUBMITTED, ACCEPTED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id")
    public Long taskId;
    public String period;
    @Column(name = "unit_path")
    public String unitPath;
    @Column(name = "reported_value")
    public BigDecimal reportedValue;
    public String narrative;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evidence_refs")
    public List<String> evidenceRefs;
    @Enumerated(EnumType.STRING)
    public Status status;
    /** Submitted after the period's last day (or the task's due date). */
    public boolean late;
    @Column(name = "submitted_date")
    public LocalDate submittedDate;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
    @Column(name = "return_reason")
    public String returnReason;
    @Version
    public int version;

    public static boolean liveExists(Long taskId, String period) {
        return count("taskId = ?1 and period = ?2 and status <> ?3", taskId, period, Status.RETURNED) > 0;
    }
}
