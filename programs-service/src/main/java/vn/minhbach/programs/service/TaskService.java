package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.SolutionGroup;
import vn.minhbach.programs.Target;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.messaging.ProgramEvents;
import vn.minhbach.programs.service.command.NewTask;
import vn.minhbach.programs.service.command.TargetRequest;

/** Tasks (nhiệm vụ) assigned to a unit and their targets (chỉ tiêu); the lists are {@link TaskQueries}'. */
@ApplicationScoped
public class TaskService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    UnitCheck units;

    @Transactional
    public ProgramTask createTask(NewTask in) {
        caller.requireScope(in.unitPath(), "unit.not-found", in.unitPath());
        units.requireRegistered("unitPath", in.unitPath(), in.assignedDate());
        checkSchedule(in);
        checkParent(in);
        ProgramTask t = new ProgramTask();
        t.topicId = in.topicId();
        t.instrumentId = in.instrumentId();
        t.solutionGroupId = in.solutionGroupId();
        t.title = in.title();
        t.unitPath = in.unitPath();
        t.assignedDate = in.assignedDate();
        t.dueDate = in.dueDate();
        t.recurrence = in.recurrence();
        t.status = ProgramTask.Status.OPEN;
        t.createdBy = caller.name();
        t.createdAt = ProgramService.now();
        t.persist();
        outbox.publish(ProgramEvents.AGGREGATE_TASK, t.id.toString(), "task.assigned",
                new ProgramEvents.TaskAssigned(t.unitPath, t.id, t.title, t.topicId, t.instrumentId, t.solutionGroupId,
                        t.assignedDate, t.dueDate, t.recurrence));
        audit.record(caller.name(), "task.assigned", "task", t.id.toString(), t.unitPath, Map.of("title", t.title));
        return t;
    }

    /** Exactly one parent, and a due date or a recurrence (not both), the due date not before the assignment. */
    private static void checkSchedule(NewTask in) {
        int parents = (in.topicId() != null ? 1 : 0) + (in.instrumentId() != null ? 1 : 0)
                + (in.solutionGroupId() != null ? 1 : 0);
        if (parents != 1) {
            throw ProblemException.unprocessable("task.parent-required");
        }
        if ((in.dueDate() == null) == (in.recurrence() == null)) {
            throw ProblemException.unprocessable("task.schedule-required");
        }
        if (in.dueDate() != null && in.dueDate().isBefore(in.assignedDate())) {
            throw ProblemException.unprocessable("task.due-before-assigned", String.valueOf(in.dueDate()),
                    String.valueOf(in.assignedDate()));
        }
    }

    /** The parent the task names exists. */
    private static void checkParent(NewTask in) {
        if (in.topicId() != null && Topic.findById(in.topicId()) == null) {
            throw ProblemException.unprocessable("topic.not-found", String.valueOf(in.topicId()));
        }
        if (in.instrumentId() != null && Instrument.findById(in.instrumentId()) == null) {
            throw ProblemException.unprocessable("instrument.not-found", String.valueOf(in.instrumentId()));
        }
        if (in.solutionGroupId() != null && SolutionGroup.findById(in.solutionGroupId()) == null) {
            throw ProblemException.unprocessable("solution-group.not-found", String.valueOf(in.solutionGroupId()));
        }
    }

    /** A task in the caller's subtree, else 404 as if it did not exist. */
    public ProgramTask task(long id) {
        return caller.inScope(ProgramTask.<ProgramTask>findById(id), t -> t.unitPath,
                "task.not-found", String.valueOf(id));
    }

    @Transactional
    public Target setTarget(long taskId, TargetRequest in) {
        ProgramTask task = task(taskId);
        checkTarget(in);
        Target t = Target.ofTask(taskId);
        if (t == null) {
            t = new Target();
            t.taskId = taskId;
        }
        boolean numeric = in.kind() == Target.Kind.NUMERIC;
        boolean milestone = in.kind() == Target.Kind.MILESTONE;
        t.kind = in.kind();
        t.targetValue = numeric ? in.targetValue() : null;
        t.measureUnit = numeric ? in.measureUnit() : null;
        t.direction = numeric ? in.direction() : null;
        t.milestone = milestone ? in.milestone() : null;
        t.milestoneDate = milestone ? in.milestoneDate() : null;
        t.metric = in.metric();
        t.implementsInstrumentId = in.implementsInstrumentId();
        t.persist();
        Map<String, Object> details = new HashMap<>();
        details.put("kind", t.kind.name());
        details.put("metric", t.metric == null ? "" : t.metric.name());
        audit.record(caller.name(), "target.set", "task", task.id.toString(), task.unitPath, details);
        return t;
    }

    /** A numeric target has value, direction and unit; a milestone its text; a metric only a numeric one. */
    private static void checkTarget(TargetRequest in) {
        if (in.kind() == Target.Kind.NUMERIC && (in.targetValue() == null || in.direction() == null
                || in.measureUnit() == null || in.measureUnit().isBlank())) {
            throw ProblemException.unprocessable("target.numeric-incomplete");
        }
        if (in.kind() == Target.Kind.MILESTONE && (in.milestone() == null || in.milestone().isBlank())) {
            throw ProblemException.unprocessable("target.milestone-incomplete");
        }
        if (in.metric() != null && in.kind() != Target.Kind.NUMERIC) {
            throw ProblemException.unprocessable("target.metric-requires-numeric");
        }
        if (in.implementsInstrumentId() != null && Instrument.findById(in.implementsInstrumentId()) == null) {
            throw ProblemException.unprocessable("instrument.not-found", String.valueOf(in.implementsInstrumentId()));
        }
    }
}
