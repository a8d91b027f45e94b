package vn.minhbach.programs.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.ProgressReport;
import vn.minhbach.programs.ReportingPeriod;
import vn.minhbach.programs.config.ProgramsConfig;
import vn.minhbach.programs.messaging.ProgramEvents;
import vn.minhbach.programs.service.command.NewProgressReport;
import vn.minhbach.programs.service.command.ReturnReport;

/** Progress reports (submit, accept, return) and the overdue announcements. */
@ApplicationScoped
public class ProgressService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    TaskService tasks;

    @Inject
    ProgramsConfig config;

    @Transactional
    public ProgressReport submit(NewProgressReport in) {
        ProgramTask task = tasks.task(in.taskId());
        if (task.status == ProgramTask.Status.CANCELLED) {
            throw ProblemException.conflict("report.task-closed", String.valueOf(task.id));
        }
        ReportingPeriod period = task.period(in.period());
        if (period == null) {
            throw ProblemException.unprocessable("report.period-invalid", String.valueOf(in.period()), String.valueOf(task.id));
        }
        LocalDate today = in.reportDate() == null ? ProgramService.today() : in.reportDate();
        checkOpen(task, in.period(), period, today);
        ProgressReport r = new ProgressReport();
        r.taskId = task.id;
        r.period = period.label();
        r.unitPath = task.unitPath;
        r.reportedValue = in.value();
        r.narrative = in.narrative();
        r.evidenceRefs = in.evidenceRefs() == null ? List.of() : List.copyOf(in.evidenceRefs());
        r.status = ProgressReport.Status.SUBMITTED;
        r.submittedDate = today;
        r.late = today.isAfter(dueDate(task, period));
        r.submittedBy = caller.name();
        r.submittedAt = ProgramService.now();
        r.persist();
        outbox.publish(ProgramEvents.AGGREGATE_REPORT, r.id.toString(), "progress-report.submitted",
                new ProgramEvents.ProgressReportSubmitted(r.unitPath, r.id, task.id, r.period, r.reportedValue, r.late,
                        r.submittedDate));
        audit.record(caller.name(), "progress-report.submitted", "progress-report", r.id.toString(), r.unitPath,
                Map.of("taskId", task.id, "period", r.period, "late", r.late));
        return r;
    }

    /**
     * A report dated {@code today} may be filed for {@code period} (asked as {@code label}): not before the
     * assignment, the period started, and no live report of it yet.
     */
    private static void checkOpen(ProgramTask task, String label, ReportingPeriod period, LocalDate today) {
        if (today.isBefore(task.assignedDate)) {
            throw ProblemException.unprocessable("report.before-assignment", String.valueOf(today), String.valueOf(task.assignedDate));
        }
        if (period.start().isAfter(today)) {
            throw ProblemException.unprocessable("report.period-not-started", String.valueOf(label));
        }
        if (ProgressReport.liveExists(task.id, period.label())) {
            throw ProblemException.conflict("report.duplicate", String.valueOf(task.id), String.valueOf(period.label()));
        }
    }

    /** The day a period's report is due: the task's due date, or N days after a recurring period ends. */
    LocalDate dueDate(ProgramTask task, ReportingPeriod period) {
        return task.recurrence == null ? task.dueDate : period.end().plusDays(config.reportDueDays());
    }

    public ProgressReport report(long id) {
        return caller.inScope(ProgressReport.<ProgressReport>findById(id), r -> r.unitPath,
                "report.not-found", String.valueOf(id));
    }

    @Transactional
    public ProgressReport accept(long id) {
        ProgressReport r = report(id);
        requireSubmitted(r);
        r.status = ProgressReport.Status.ACCEPTED;
        r.reviewedBy = caller.name();
        r.reviewedAt = ProgramService.now();
        ProgramTask task = ProgramTask.findById(r.taskId);
        if (task.recurrence == null && task.status == ProgramTask.Status.OPEN) {
            task.status = ProgramTask.Status.DONE;
            task.completedDate = r.submittedDate;
        }
        outbox.publish(ProgramEvents.AGGREGATE_REPORT, r.id.toString(), "progress-report.accepted",
                new ProgramEvents.ProgressReportAccepted(r.unitPath, r.id, r.taskId, r.period));
        audit.record(caller.name(), "progress-report.accepted", "progress-report", r.id.toString(), r.unitPath,
                Map.of("taskId", r.taskId, "period", r.period));
        return r;
    }

    @Transactional
    public ProgressReport returnReport(long id, ReturnReport command) {
        String reason = command.reason();
        ProgressReport r = report(id);
        requireSubmitted(r);
        r.status = ProgressReport.Status.RETURNED;
        r.reviewedBy = caller.name();
        r.reviewedAt = ProgramService.now();
        r.returnReason = reason;
        outbox.publish(ProgramEvents.AGGREGATE_REPORT, r.id.toString(), "progress-report.returned",
                new ProgramEvents.ProgressReportReturned(r.unitPath, r.id, r.taskId, r.period, reason));
        audit.record(caller.name(), "progress-report.returned", "progress-report", r.id.toString(), r.unitPath,
                Map.of("taskId", r.taskId, "period", r.period, "reason", reason));
        return r;
    }

    private static void requireSubmitted(ProgressReport r) {
        if (r.status != ProgressReport.Status.SUBMITTED) {
            throw ProblemException.conflict("report.not-submitted", String.valueOf(r.id), String.valueOf(r.status.name()));
        }
    }

    @Scheduled(every = "${minhbach.programs.overdue-check:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledOverdueCheck() {
        announceOverdue(ProgramService.today());
    }

    /**
     * Announces every task overdue on {@code today} exactly once per (task, period): a one-off task past
     * its due date and not done; a recurring task whose period's report is past due and not submitted.
     *
     * @return the number of new announcements
     */
    @Transactional
    public int announceOverdue(LocalDate today) {
        int announced = 0;
        for (ProgramTask task : ProgramTask.<ProgramTask>list("status = ?1", ProgramTask.Status.OPEN)) {
            for (Overdue o : overduePeriods(task, today)) {
                int inserted = ProgramTask.getEntityManager().createNativeQuery("insert into task_overdue_notice"
                        + " (task_id, period, due_date, announced_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
                        .setParameter(1, task.id).setParameter(2, o.period()).setParameter(3, o.dueDate())
                        .setParameter(4, ProgramService.now()).executeUpdate();
                if (inserted == 1) {
                    outbox.publish(ProgramEvents.AGGREGATE_TASK, task.id.toString(), "task.overdue",
                            new ProgramEvents.TaskOverdue(task.unitPath, task.id, o.period(), o.dueDate()));
                    audit.record("system", "task.overdue", "task", task.id.toString(), task.unitPath,
                            Map.of("period", o.period(), "dueDate", o.dueDate().toString()));
                    announced++;
                }
            }
        }
        return announced;
    }

    public record Overdue(String period, LocalDate dueDate) {
    }

    /** The periods of an open task that are overdue on {@code today}. */
    public List<Overdue> overduePeriods(ProgramTask task, LocalDate today) {
        List<Overdue> result = new ArrayList<>();
        if (task.status != ProgramTask.Status.OPEN) {
            return result;
        }
        if (task.recurrence == null) {
            if (task.overdueOn(today)) {
                result.add(new Overdue(ReportingPeriod.DUE, task.dueDate));
            }
            return result;
        }
        for (ReportingPeriod p : ReportingPeriod.endedBetween(task.assignedDate, today, task.recurrence)) {
            LocalDate due = dueDate(task, p);
            if (due.isBefore(today) && !ProgressReport.liveExists(task.id, p.label())) {
                result.add(new Overdue(p.label(), due));
            }
        }
        return result;
    }
}
