package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.Program;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.service.TaskQueries.TaskWithTarget;

/** The reads of programs: the list a unit sees, one program with its topics, and the review (rà soát). */
@ApplicationScoped
public class ProgramQueries {

    /** A program with its thematic topics, by number. */
    public record ProgramWithTopics(Program program, List<Topic> topics) {
    }

    /**
     * Rà soát of a unit subtree: topics and instruments without tasks, tasks without targets, and tasks whose
     * target implements no directive (each with that target).
     */
    public record Review(List<Topic> topicsWithoutTasks, List<Instrument> instrumentsWithoutTasks,
            List<ProgramTask> tasksWithoutTargets, List<TaskWithTarget> targetsWithoutDirective) {
    }

    @Inject
    Caller caller;

    @Inject
    ProgramService programs;

    /** Programs issued above {@code unit} (they direct its work) and those of its own subtree, by code. */
    public Page<Program> concerning(String unit, PageRequest page) {
        return Pages.of(Program.<Program>find("unitPath in ?1 or unitPath like ?2 order by code",
                UnitPath.ancestorsOrSelf(unit), UnitPath.descendantsPattern(unit)), page, Function.identity());
    }

    /** A program that concerns the caller (above its unit or in its subtree), else 404, with its topics. */
    public ProgramWithTopics withTopics(long id) {
        Program p = programs.program(id);
        if (!UnitPath.concerns(p.unitPath, caller.unit())) {
            throw ProblemException.notFound("program.not-found", String.valueOf(id));
        }
        return new ProgramWithTopics(p, Topic.list("programId = ?1 order by number", id));
    }

    /** The review of {@code unit}'s subtree (default the caller's unit; else one of its subtree). */
    public Review review(String unit) {
        String root = programs.unitInScope(unit);
        String p = UnitPath.descendantsPattern(root);
        List<Topic> topics = Topic.find("from Topic t where (t.leadUnitPath = ?1 or t.leadUnitPath like ?2)"
                + " and not exists (select 1 from ProgramTask k where k.topicId = t.id) order by t.programId, t.number",
                root, p).list();
        List<Instrument> instruments = Instrument.find("from Instrument i where (i.issuerUnitPath = ?1"
                + " or i.issuerUnitPath like ?2) and not exists (select 1 from ProgramTask k where k.instrumentId = i.id"
                + " or k.solutionGroupId in (select g.id from SolutionGroup g where g.instrumentId = i.id))"
                + " order by i.issuedDate, i.number", root, p).list();
        List<ProgramTask> withoutTargets = ProgramTask.find("from ProgramTask k where (k.unitPath = ?1"
                + " or k.unitPath like ?2) and k.status <> ?3"
                + " and not exists (select 1 from Target x where x.taskId = k.id) order by k.id",
                root, p, ProgramTask.Status.CANCELLED).list();
        List<ProgramTask> withoutDirective = ProgramTask.find("from ProgramTask k where (k.unitPath = ?1"
                + " or k.unitPath like ?2) and k.status <> ?3"
                + " and exists (select 1 from Target x where x.taskId = k.id and x.implementsInstrumentId is null)"
                + " order by k.id", root, p, ProgramTask.Status.CANCELLED).list();
        return new Review(topics, instruments, withoutTargets, TaskQueries.withTargets(withoutDirective));
    }
}
