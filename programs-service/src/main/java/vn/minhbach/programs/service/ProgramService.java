package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.Program;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.SolutionGroup;
import vn.minhbach.programs.Target;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.messaging.ProgramEvents;
import vn.minhbach.programs.rest.Requests;

/** Programs, topics, instruments, tasks and targets: the program officer's use cases. */
@ApplicationScoped
public class ProgramService {

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    UnitCheck units;

    @Transactional
    public Program createProgram(Requests.NewProgram in) {
        String unit = unitOfRecord(in.unitPath());
        units.requireRegistered("unitPath", unit, java.time.LocalDate.of(in.periodStart(), 1, 1));
        if (in.periodEnd() < in.periodStart()) {
            throw ProblemException.unprocessable("program.period-invalid", String.valueOf(in.periodStart()), String.valueOf(in.periodEnd()));
        }
        if (Program.byCode(in.code()) != null) {
            throw ProblemException.conflict("program.code-taken", String.valueOf(in.code()));
        }
        Program p = new Program();
        p.code = in.code();
        p.title = in.title();
        p.issuingBody = in.issuingBody();
        p.unitPath = unit;
        p.periodStart = in.periodStart();
        p.periodEnd = in.periodEnd();
        p.status = Program.Status.ACTIVE;
        p.createdBy = caller.name();
        p.createdAt = now();
        p.persist();
        audit.record(caller.name(), "program.created", "program", p.id.toString(), unit, Map.of("code", p.code));
        return p;
    }

    /** A program by id; callers check who may see it (UnitPath.concerns) and change it (owner unit). */
    public Program program(long id) {
        Program p = Program.findById(id);
        if (p == null) {
            throw ProblemException.notFound("program.not-found", String.valueOf(id));
        }
        return p;
    }

    @Transactional
    public Topic addTopic(long programId, Requests.NewTopic in) {
        Program p = program(programId);
        caller.requireScope(p.unitPath, "program.not-found", String.valueOf(programId));
        if (Topic.count("programId = ?1 and number = ?2", programId, in.number()) > 0) {
            throw ProblemException.conflict("topic.number-taken", String.valueOf(in.number()), String.valueOf(p.code));
        }
        Topic t = new Topic();
        t.programId = programId;
        t.number = in.number();
        t.title = in.title();
        // A topic may be led by the program's unit or a body below it in the caller's scope, or by a
        // higher body the program carries out (the city's topics in a district's program, as the article's
        // scenario records them): then only the registry is checked.
        java.time.LocalDate periodStart = java.time.LocalDate.of(p.periodStart, 1, 1);
        if (vn.minhbach.chassis.security.UnitPath.within(p.unitPath, in.leadUnitPath())) {
            units.requireRegistered("leadUnitPath", in.leadUnitPath(), periodStart);
        } else {
            units.require("leadUnitPath", in.leadUnitPath(), periodStart);
        }
        t.leadUnitPath = in.leadUnitPath();
        t.persist();
        audit.record(caller.name(), "topic.added", "topic", t.id.toString(), p.unitPath,
                Map.of("program", p.code, "number", t.number, "leadUnitPath", t.leadUnitPath));
        return t;
    }

    @Transactional
    public Instrument createInstrument(Requests.NewInstrument in) {
        String unit = unitOfRecord(in.issuerUnitPath());
        units.requireRegistered("issuerUnitPath", unit, in.issuedDate());
        if (in.programId() != null) {
            program(in.programId());
        }
        boolean hasGroups = in.solutionGroups() != null && !in.solutionGroups().isEmpty();
        if (hasGroups && in.kind() != Instrument.Kind.PROJECT) {
            throw ProblemException.unprocessable("instrument.groups-only-for-projects");
        }
        if (Instrument.count("kind = ?1 and number = ?2 and issuedDate = ?3", in.kind(), in.number(), in.issuedDate()) > 0) {
            throw ProblemException.conflict("instrument.duplicate", String.valueOf(in.number()));
        }
        Instrument i = new Instrument();
        i.programId = in.programId();
        i.kind = in.kind();
        i.number = in.number();
        i.issuedDate = in.issuedDate();
        i.issuer = in.issuer();
        i.issuerUnitPath = unit;
        i.title = in.title();
        i.createdBy = caller.name();
        i.createdAt = now();
        i.persist();
        if (hasGroups) {
            java.util.Set<Integer> numbers = new java.util.HashSet<>();
            for (var g : in.solutionGroups()) {
                if (!numbers.add(g.number())) {
                    throw ProblemException.unprocessable("solution-group.number-taken", String.valueOf(g.number()));
                }
                SolutionGroup group = new SolutionGroup();
                group.instrumentId = i.id;
                group.number = g.number();
                group.title = g.title();
                group.persist();
            }
        }
        audit.record(caller.name(), "instrument.created", "instrument", i.id.toString(), unit,
                Map.of("kind", i.kind.name(), "number", i.number));
        return i;
    }

    public Instrument instrument(long id) {
        Instrument i = Instrument.findById(id);
        if (i == null) {
            throw ProblemException.notFound("instrument.not-found", String.valueOf(id));
        }
        return i;
    }

    @Transactional
    public ProgramTask createTask(Requests.NewTask in) {
        caller.requireScope(in.unitPath(), "unit.not-found", in.unitPath());
        units.requireRegistered("unitPath", in.unitPath(), in.assignedDate());
        int parents = (in.topicId() != null ? 1 : 0) + (in.instrumentId() != null ? 1 : 0)
                + (in.solutionGroupId() != null ? 1 : 0);
        if (parents != 1) {
            throw ProblemException.unprocessable("task.parent-required");
        }
        if ((in.dueDate() == null) == (in.recurrence() == null)) {
            throw ProblemException.unprocessable("task.schedule-required");
        }
        if (in.dueDate() != null && in.dueDate().isBefore(in.assignedDate())) {
            throw ProblemException.unprocessable("task.due-before-assigned", String.valueOf(in.dueDate()), String.valueOf(in.assignedDate()));
        }
        if (in.topicId() != null && Topic.findById(in.topicId()) == null) {
            throw ProblemException.unprocessable("topic.not-found", String.valueOf(in.topicId()));
        }
        if (in.instrumentId() != null && Instrument.findById(in.instrumentId()) == null) {
            throw ProblemException.unprocessable("instrument.not-found", String.valueOf(in.instrumentId()));
        }
        if (in.solutionGroupId() != null && SolutionGroup.findById(in.solutionGroupId()) == null) {
            throw ProblemException.unprocessable("solution-group.not-found", String.valueOf(in.solutionGroupId()));
        }
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
        t.createdAt = now();
        t.persist();
        outbox.publish(ProgramEvents.AGGREGATE_TASK, t.id.toString(), "task.assigned",
                new ProgramEvents.TaskAssigned(t.unitPath, t.id, t.title, t.topicId, t.instrumentId, t.solutionGroupId,
                        t.assignedDate, t.dueDate, t.recurrence));
        audit.record(caller.name(), "task.assigned", "task", t.id.toString(), t.unitPath, Map.of("title", t.title));
        return t;
    }

    /** A task in the caller's subtree, else 404 as if it did not exist. */
    public ProgramTask task(long id) {
        ProgramTask t = ProgramTask.findById(id);
        if (t == null) {
            throw ProblemException.notFound("task.not-found", String.valueOf(id));
        }
        caller.requireScope(t.unitPath, "task.not-found", String.valueOf(id));
        return t;
    }

    @Transactional
    public Target setTarget(long taskId, Requests.TargetRequest in) {
        ProgramTask task = task(taskId);
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
        Target t = Target.ofTask(taskId);
        if (t == null) {
            t = new Target();
            t.taskId = taskId;
        }
        t.kind = in.kind();
        t.targetValue = in.kind() == Target.Kind.NUMERIC ? in.targetValue() : null;
        t.measureUnit = in.kind() == Target.Kind.NUMERIC ? in.measureUnit() : null;
        t.direction = in.kind() == Target.Kind.NUMERIC ? in.direction() : null;
        t.milestone = in.kind() == Target.Kind.MILESTONE ? in.milestone() : null;
        t.milestoneDate = in.kind() == Target.Kind.MILESTONE ? in.milestoneDate() : null;
        t.metric = in.metric();
        t.implementsInstrumentId = in.implementsInstrumentId();
        t.persist();
        Map<String, Object> details = new HashMap<>();
        details.put("kind", t.kind.name());
        details.put("metric", t.metric == null ? "" : t.metric.name());
        audit.record(caller.name(), "target.set", "task", task.id.toString(), task.unitPath, details);
        return t;
    }

    /** Rà soát for a unit subtree: topics and instruments without tasks, tasks without targets, targets without a directive. */
    public ReviewResult review(String unit) {
        String p = UnitPath.descendantsPattern(unit);
        List<Topic> topics = Topic.find("from Topic t where (t.leadUnitPath = ?1 or t.leadUnitPath like ?2)"
                + " and not exists (select 1 from ProgramTask k where k.topicId = t.id) order by t.programId, t.number",
                unit, p).list();
        List<Instrument> instruments = Instrument.find("from Instrument i where (i.issuerUnitPath = ?1"
                + " or i.issuerUnitPath like ?2) and not exists (select 1 from ProgramTask k where k.instrumentId = i.id"
                + " or k.solutionGroupId in (select g.id from SolutionGroup g where g.instrumentId = i.id))"
                + " order by i.issuedDate, i.number", unit, p).list();
        List<ProgramTask> withoutTargets = ProgramTask.find("from ProgramTask k where (k.unitPath = ?1"
                + " or k.unitPath like ?2) and k.status <> ?3"
                + " and not exists (select 1 from Target x where x.taskId = k.id) order by k.id",
                unit, p, ProgramTask.Status.CANCELLED).list();
        List<ProgramTask> withoutDirective = ProgramTask.find("from ProgramTask k where (k.unitPath = ?1"
                + " or k.unitPath like ?2) and k.status <> ?3"
                + " and exists (select 1 from Target x where x.taskId = k.id and x.implementsInstrumentId is null)"
                + " order by k.id", unit, p, ProgramTask.Status.CANCELLED).list();
        return new ReviewResult(topics, instruments, withoutTargets, withoutDirective);
    }

    public record ReviewResult(List<Topic> topicsWithoutTasks, List<Instrument> instrumentsWithoutTasks,
            List<ProgramTask> tasksWithoutTargets, List<ProgramTask> targetsWithoutDirective) {
    }

    /** The unit a new record belongs to: the caller's own unit, or one in its subtree it names. */
    String unitOfRecord(String requested) {
        String unit = requested == null ? caller.unit() : requested;
        caller.requireScope(unit, "unit.not-found", unit);
        return unit;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static LocalDate today() {
        return LocalDate.now(vn.minhbach.chassis.time.BusinessClock.HANOI);
    }
}
