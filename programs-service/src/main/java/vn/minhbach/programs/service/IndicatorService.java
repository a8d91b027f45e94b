package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.ProgressReport;
import vn.minhbach.programs.ReportingPeriod;
import vn.minhbach.programs.Target;

/**
 * Achieved vs target per task for a period, rolled up to every unit on the way to the asked unit.
 * A target bound to a metric is computed from the report read model for the task's unit subtree and
 * the period; otherwise the accepted progress report's value is the achievement. The tasks, their
 * targets and the accepted reports are read in one statement each, whatever the number of tasks.
 */
@ApplicationScoped
public class IndicatorService {

    /** Achieved vs the numeric target of one task for a period; {@code met} null when not yet measurable. */
    public record Indicator(ProgramTask task, Target target, String period, BigDecimal achieved, boolean computed,
            Boolean met) {
    }

    /** The roll-up of a unit's subtree: how many targets are met, not met, not yet measurable. */
    public record Rollup(String unitPath, long targets, long met, long notMet, long pending) {
    }

    /** The indicators of a unit subtree for a period, with the roll-up. */
    public record Indicators(String unit, String period, List<Indicator> indicators, List<Rollup> rollup) {
    }

    /** A task with a numeric target, the period it is measured by, and the label its report carries. */
    private record Measured(ProgramTask task, Target target, ReportingPeriod period, String reportPeriod) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Inject
    ProgramService programs;

    /** Indicators of {@code unit}'s subtree (default the caller's unit; else one of its subtree). */
    @Transactional
    public Indicators indicators(String unit, String periodLabel) {
        String root = programs.unitInScope(unit);
        List<ProgramTask> tasks = ProgramTask.list("(unitPath = ?1 or unitPath like ?2) and status <> ?3 order by id",
                root, UnitPath.descendantsPattern(root), ProgramTask.Status.CANCELLED);
        ReportingPeriod asked = null;
        for (var rec : ReportingPeriod.Recurrence.values()) {
            asked = asked == null ? ReportingPeriod.parse(periodLabel, rec) : asked;
        }
        if (asked == null) {
            throw ProblemException.badRequest("indicator.period-invalid", String.valueOf(periodLabel));
        }
        List<Measured> measured = measured(tasks, asked, periodLabel);
        Map<String, BigDecimal> accepted = acceptedValues(measured);
        List<Indicator> rows = new ArrayList<>();
        for (Measured m : measured) {
            boolean computed = m.target().metric != null;
            BigDecimal achieved = computed ? metric(m.target().metric, m.task().unitPath, m.period())
                    : accepted.get(key(m.task().id, m.reportPeriod()));
            rows.add(new Indicator(m.task(), m.target(), m.period().label(), achieved, computed,
                    m.target().met(achieved)));
        }
        return new Indicators(root, periodLabel, rows, rollup(root, rows));
    }

    /** The tasks with a numeric target, each with the period it is measured by. */
    private static List<Measured> measured(List<ProgramTask> tasks, ReportingPeriod asked, String periodLabel) {
        List<Long> ids = tasks.stream().map(t -> t.id).toList();
        Map<Long, Target> targets = ids.isEmpty() ? Map.of()
                : Target.<Target>list("taskId in ?1", ids).stream()
                        .collect(Collectors.toMap(t -> t.taskId, Function.identity(), (a, b) -> a));
        List<Measured> measured = new ArrayList<>();
        for (ProgramTask task : tasks) {
            Target target = targets.get(task.id);
            if (target == null || target.kind != Target.Kind.NUMERIC) {
                continue;
            }
            // A one-off task is measured over its own life; a recurring one by the asked period.
            ReportingPeriod period = task.recurrence == null ? asked : ReportingPeriod.parse(periodLabel, task.recurrence);
            if (period != null) {
                measured.add(new Measured(task, target, period,
                        task.recurrence == null ? ReportingPeriod.DUE : period.label()));
            }
        }
        return measured;
    }

    /** The value of each accepted report the typed-in targets are measured by, keyed by task and period. */
    private static Map<String, BigDecimal> acceptedValues(List<Measured> measured) {
        List<Measured> typedIn = measured.stream().filter(m -> m.target().metric == null).toList();
        Map<String, BigDecimal> values = new HashMap<>();
        if (typedIn.isEmpty()) {
            return values;
        }
        List<Long> ids = typedIn.stream().map(m -> m.task().id).distinct().toList();
        Set<String> periods = typedIn.stream().map(Measured::reportPeriod).collect(Collectors.toSet());
        for (ProgressReport r : ProgressReport.<ProgressReport>list("taskId in ?1 and period in ?2 and status = ?3",
                ids, periods, ProgressReport.Status.ACCEPTED)) {
            values.putIfAbsent(key(r.taskId, r.period), r.reportedValue);
        }
        return values;
    }

    private static String key(long taskId, String period) {
        return taskId + "/" + period;
    }

    /** Each row counts for its own unit and every ancestor down from the asked unit. */
    static List<Rollup> rollup(String root, List<Indicator> rows) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Indicator row : rows) {
            String path = row.task().unitPath;
            while (path != null && UnitPath.within(path, root)) {
                long[] s = sums.computeIfAbsent(path, k -> new long[4]);
                s[0]++;
                if (row.met() == null) {
                    s[3]++;
                } else if (row.met()) {
                    s[1]++;
                } else {
                    s[2]++;
                }
                int dot = path.lastIndexOf('.');
                path = dot < 0 ? null : path.substring(0, dot);
            }
        }
        sums.computeIfAbsent(root, k -> new long[4]);
        return sums.entrySet().stream()
                .map(e -> new Rollup(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList();
    }

    BigDecimal metric(Target.Metric metric, String unit, ReportingPeriod p) {
        var c = reports.citizenReception(unit, p.start(), p.end());
        return switch (metric) {
            case PETITIONS_RECEIVED -> BigDecimal.valueOf(c.petitionsReceived());
            case PERSON_VISITS -> BigDecimal.valueOf(c.personVisits());
            case CORRUPTION_SIGNS_FLAGGED -> BigDecimal.valueOf(c.corruptionSignsFlagged());
            case PETITIONS_SETTLED_SHARE -> share(c.petitionsSettled(), c.petitionsReceived());
            case PETITIONS_RESOLVED_ON_TIME_SHARE -> onTimeShare(unit, p);
            case INSPECTION_TEAMS, SUPERVISION_TEAMS -> BigDecimal.valueOf(ReportService.num(em.createNativeQuery(
                    "select count(*) from rm_team where (unit_path = ?1 or unit_path like ?2)"
                            + " and decision_date between ?3 and ?4 and kind = ?5")
                    .setParameter(1, unit).setParameter(2, UnitPath.descendantsPattern(unit))
                    .setParameter(3, p.start()).setParameter(4, p.end())
                    .setParameter(5, metric == Target.Metric.INSPECTION_TEAMS ? "INSPECTION" : "SUPERVISION")
                    .getSingleResult()));
        };
    }

    /** Share (percent) of the petitions resolved in the period that were resolved on time. */
    private BigDecimal onTimeShare(String unit, ReportingPeriod p) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*) filter (where resolved_on_time),"
                + " count(*) from rm_petition where (unit_path = ?1 or unit_path like ?2)"
                + " and status = 'RESOLVED' and settled_date between ?3 and ?4 and resolved_on_time is not null")
                .setParameter(1, unit).setParameter(2, UnitPath.descendantsPattern(unit))
                .setParameter(3, p.start()).setParameter(4, p.end()).getSingleResult();
        return share(ReportService.num(r[0]), ReportService.num(r[1]));
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
