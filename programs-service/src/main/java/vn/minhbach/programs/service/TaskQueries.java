package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.Target;
import vn.minhbach.programs.TaskHistory;

/**
 * The task reads (issue 21.4: queries out of the resources, lists without a query per row): a page of
 * tasks of a unit subtree, and the overdue tasks of a unit, each with its target, in three statements
 * whatever the page size (count, the page's tasks, their targets); one task with its target; its history.
 */
@ApplicationScoped
public class TaskQueries {

    /** A task with its target (null when none is set). */
    public record TaskWithTarget(ProgramTask task, Target target) {
    }

    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    TaskService taskService;

    /** Tasks of {@code unit}'s subtree, optionally of one status, by id. */
    public Page<TaskWithTarget> ofSubtree(String unit, ProgramTask.Status status, PageRequest page) {
        var query = status == null
                ? ProgramTask.<ProgramTask>find("(unitPath = ?1 or unitPath like ?2) order by id", unit,
                        UnitPath.descendantsPattern(unit))
                : ProgramTask.<ProgramTask>find("(unitPath = ?1 or unitPath like ?2) and status = ?3 order by id",
                        unit, UnitPath.descendantsPattern(unit), status);
        return withTargets(Pages.of(query, page, Function.identity()));
    }

    /**
     * Open tasks of {@code unit}'s subtree that are overdue today: one-off tasks past their due date,
     * and recurring tasks with an announced period still lacking a report that was not returned.
     */
    @SuppressWarnings("unchecked")
    public Page<TaskWithTarget> overdue(String unit, PageRequest page) {
        String where = " from task k where k.status = 'OPEN' and (k.unit_path = ?1 or k.unit_path like ?2) and"
                + " ((k.due_date is not null and k.due_date < ?3) or exists (select 1 from task_overdue_notice n"
                + " where n.task_id = k.id and n.period <> 'DUE' and not exists (select 1 from progress_report r"
                + " where r.task_id = k.id and r.period = n.period and r.status <> 'RETURNED')))";
        var today = clock.today();
        String descendants = UnitPath.descendantsPattern(unit);
        long total = ((Number) em.createNativeQuery("select count(*)" + where).setParameter(1, unit)
                .setParameter(2, descendants).setParameter(3, today).getSingleResult()).longValue();
        List<Long> ids = ((List<Number>) em.createNativeQuery("select k.id" + where + " order by k.due_date nulls last, k.id")
                .setParameter(1, unit).setParameter(2, descendants).setParameter(3, today)
                .setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList())
                .stream().map(Number::longValue).toList();
        Map<Long, ProgramTask> byId = ids.isEmpty() ? Map.of()
                : ProgramTask.<ProgramTask>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(t -> t.id, Function.identity()));
        List<ProgramTask> tasks = ids.stream().map(byId::get).toList();
        return withTargets(new Page<>(tasks, page.page, page.size, total));
    }

    /** One task of the caller's subtree (else 404) with its target. */
    public TaskWithTarget withTarget(long id) {
        ProgramTask t = taskService.task(id);
        return new TaskWithTarget(t, Target.ofTask(t.id));
    }

    /** The history of a task of the caller's subtree (else 404), oldest first. */
    public List<TaskHistory> history(long id) {
        return TaskHistory.of(taskService.task(id).id);
    }

    private static Page<TaskWithTarget> withTargets(Page<ProgramTask> tasks) {
        return new Page<>(withTargets(tasks.items()), tasks.page(), tasks.size(), tasks.totalItems());
    }

    /** The tasks, in their order, each with its target: one query for all of them. */
    static List<TaskWithTarget> withTargets(List<ProgramTask> tasks) {
        List<Long> ids = tasks.stream().map(t -> t.id).toList();
        Map<Long, Target> targets = ids.isEmpty() ? Map.of()
                : Target.<Target>list("taskId in ?1", ids).stream()
                        .collect(Collectors.toMap(t -> t.taskId, Function.identity(), (a, b) -> a));
        return tasks.stream().map(t -> new TaskWithTarget(t, targets.get(t.id))).toList();
    }
}
