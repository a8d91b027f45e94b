package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.ProgressReport;
import vn.minhbach.programs.ReportingPeriod;
import vn.minhbach.programs.Target;
import vn.minhbach.programs.rest.Views.IndicatorView;
import vn.minhbach.programs.rest.Views.IndicatorsView;
import vn.minhbach.programs.rest.Views.UnitRollup;

/**
 * Achieved vs target per task for a period, rolled up to every unit on the way to the asked unit.
 * A target bound to a metric is computed from the report read model for the task's unit subtree and
 * the period; otherwise the accepted progress report's value is the achievement.
 */
@ApplicationScoped
public class IndicatorService {

    @Inject
    EntityManager em;

    @Inject
    ReportService reports;

    @Transactional
    public IndicatorsView indicators(String unit, String periodLabel) {
        List<IndicatorView> rows = new ArrayList<>();
        List<ProgramTask> tasks = ProgramTask.list("(unitPath = ?1 or unitPath like ?2) and status <> ?3 order by id",
                unit, UnitPath.descendantsPattern(unit), ProgramTask.Status.CANCELLED);
        ReportingPeriod asked = null;
        for (var rec : ReportingPeriod.Recurrence.values()) {
            asked = asked == null ? ReportingPeriod.parse(periodLabel, rec) : asked;
        }
        if (asked == null) {
            throw ProblemException.badRequest("indicator.period-invalid", String.valueOf(periodLabel));
        }
        for (ProgramTask task : tasks) {
            Target target = Target.ofTask(task.id);
            if (target == null || target.kind != Target.Kind.NUMERIC) {
                continue;
            }
            // A one-off task is measured over its own life; a recurring one by the asked period.
            ReportingPeriod period = task.recurrence == null ? asked : ReportingPeriod.parse(periodLabel, task.recurrence);
            if (period == null) {
                continue;
            }
            BigDecimal achieved;
            boolean computed = target.metric != null;
            if (computed) {
                achieved = metric(target.metric, task.unitPath, period);
            } else {
                String reportPeriod = task.recurrence == null ? ReportingPeriod.DUE : period.label();
                ProgressReport accepted = ProgressReport.find("taskId = ?1 and period = ?2 and status = ?3", task.id,
                        reportPeriod, ProgressReport.Status.ACCEPTED).firstResult();
                achieved = accepted == null ? null : accepted.reportedValue;
            }
            rows.add(new IndicatorView(task.id, task.title, task.unitPath, period.label(), target.kind.name(),
                    target.targetValue, target.measureUnit, target.direction.name(),
                    target.metric == null ? null : target.metric.name(), achieved, computed, target.met(achieved)));
        }
        return new IndicatorsView(unit, periodLabel, rows, rollup(unit, rows));
    }

    /** Each row counts for its own unit and every ancestor down from the asked unit. */
    static List<UnitRollup> rollup(String root, List<IndicatorView> rows) {
        Map<String, long[]> sums = new TreeMap<>();
        for (IndicatorView row : rows) {
            String path = row.unitPath();
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
                .map(e -> new UnitRollup(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
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
