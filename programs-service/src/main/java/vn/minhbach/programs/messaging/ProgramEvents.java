package vn.minhbach.programs.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.outbox.OptionalField;
import vn.minhbach.programs.ReportingPeriod;

/**
 * Payloads of the events this service writes to its outbox (topic {@code minhbach.programs.v1}); each record is
 * the published contract of its type ({@code docs/events/schemas/<type>.schema.json}, EventSchemasTest).
 */
public final class ProgramEvents {

    public static final String AGGREGATE_TASK = "task";
    public static final String AGGREGATE_REPORT = "progress-report";
    public static final String AGGREGATE_CONFERENCE = "conference";

    private ProgramEvents() {
    }

    /** {@code task.assigned} */
    public record TaskAssigned(String unitPath, long taskId, String title, @OptionalField Long topicId,
            @OptionalField Long instrumentId, @OptionalField Long solutionGroupId, LocalDate assignedDate,
            @OptionalField LocalDate dueDate, @OptionalField ReportingPeriod.Recurrence recurrence) {
    }

    /** {@code progress-report.submitted} */
    public record ProgressReportSubmitted(String unitPath, long reportId, long taskId, String period,
            @OptionalField BigDecimal value, boolean late, LocalDate submittedDate) {
    }

    /** {@code progress-report.accepted} */
    public record ProgressReportAccepted(String unitPath, long reportId, long taskId, String period) {
    }

    /** {@code progress-report.returned} */
    public record ProgressReportReturned(String unitPath, long reportId, long taskId, String period, String reason) {
    }

    /** {@code task.overdue}: announced once per task and period. */
    public record TaskOverdue(String unitPath, long taskId, String period, LocalDate dueDate) {
    }

    /** {@code conference.recorded} */
    public record ConferenceRecorded(String unitPath, long conferenceId, LocalDate heldDate, String title,
            boolean online, int connectedSites, int delegates, List<Long> relatedInstrumentIds) {
    }

    /** {@code task.reassigned}: a retired unit's open task handed to its successor ({@code unit.succession}). */
    public record TaskReassigned(String unitPath, long taskId, String fromUnit, String toUnit, LocalDate effectiveDate) {
    }
}
