package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.ReadModelSql.date;
import static vn.minhbach.programs.service.ReadModelSql.num;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.service.PeriodReport.ConferenceLine;
import vn.minhbach.programs.service.PeriodReport.InstrumentLine;
import vn.minhbach.programs.service.PeriodReport.ProgramFigures;
import vn.minhbach.programs.service.PeriodReport.ProgramWork;
import vn.minhbach.programs.service.PeriodReport.ProjectFigures;

/**
 * Công tác chương trình and rà soát of the period report (docs/contracts.md), each figure defined once
 * here, from this service's own program tables: topics and projects the unit carries, instruments it
 * issued, its tasks, conferences and briefings, and the review of what is not yet aligned.
 */
@ApplicationScoped
public class ProgramWorkFigures {

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public ProgramWork programWork(String unit, LocalDate from, LocalDate to) {
        String p = UnitPath.descendantsPattern(unit);
        // A topic counts for the unit when the unit leads it or carries one of its tasks.
        List<ProgramFigures> programs = new ArrayList<>();
        for (Object row : em.createNativeQuery("select pr.code, pr.title, count(tp.id),"
                + " count(tp.id) filter (where tp.lead_unit_path = :u or tp.lead_unit_path like :p"
                + "   or exists (select 1 from task k where k.topic_id = tp.id and (k.unit_path = :u or k.unit_path like :p)"
                + "     and k.assigned_date <= :t))"
                + " from program pr join topic tp on tp.program_id = pr.id group by pr.id, pr.code, pr.title"
                + " order by pr.code")
                .setParameter("u", unit).setParameter("p", p).setParameter("t", to).getResultList()) {
            Object[] r = (Object[]) row;
            if (num(r[3]) > 0) {
                programs.add(new ProgramFigures((String) r[0], (String) r[1], num(r[2]), num(r[3])));
            }
        }
        List<ProjectFigures> projects = new ArrayList<>();
        for (Object row : em.createNativeQuery("select i.number, i.issued_date, i.issuer, i.title, count(g.id),"
                + " count(g.id) filter (where exists (select 1 from task k where k.solution_group_id = g.id"
                + "   and (k.unit_path = :u or k.unit_path like :p) and k.assigned_date <= :t))"
                + " from instrument i join solution_group g on g.instrument_id = i.id where i.kind = 'PROJECT'"
                + " group by i.id, i.number, i.issued_date, i.issuer, i.title order by i.issued_date, i.number")
                .setParameter("u", unit).setParameter("p", p).setParameter("t", to).getResultList()) {
            Object[] r = (Object[]) row;
            if (num(r[5]) > 0) {
                projects.add(new ProjectFigures((String) r[0], date(r[1]), (String) r[2], (String) r[3], num(r[4]),
                        num(r[5])));
            }
        }
        List<InstrumentLine> issued = new ArrayList<>();
        for (Object row : scoped("select kind, number, issued_date, issuer, title from instrument"
                + " where (issuer_unit_path = :u or issuer_unit_path like :p) and issued_date between :f and :t"
                + " order by issued_date, number", unit, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            issued.add(new InstrumentLine((String) r[0], (String) r[1], date(r[2]), (String) r[3], (String) r[4]));
        }
        Object[] tasks = (Object[]) scoped("select count(*),"
                + " count(*) filter (where completed_date between :f and :t),"
                + " count(*) filter (where status <> 'CANCELLED' and due_date < :t"
                + "   and (completed_date is null or completed_date > :t))"
                + " from task where (unit_path = :u or unit_path like :p) and assigned_date <= :t", unit, from, to)
                .getSingleResult();
        List<ConferenceLine> conferences = new ArrayList<>();
        long sites = 0;
        long delegates = 0;
        for (Object row : scoped("select held_date, title, online, connected_sites, delegates from conference"
                + " where (unit_path = :u or unit_path like :p) and held_date between :f and :t order by held_date, id",
                unit, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            var line = new ConferenceLine(date(r[0]), (String) r[1], (Boolean) r[2], ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue());
            sites += line.connectedSites();
            delegates += line.delegates();
            conferences.add(line);
        }
        long briefings = num(scoped("select count(*) from briefing where (unit_path = :u or unit_path like :p)"
                + " and held_date between :f and :t", unit, from, to).getSingleResult());
        return new ProgramWork(programs, projects, issued, num(tasks[0]), num(tasks[1]), num(tasks[2]),
                conferences.size(), sites, delegates, conferences, briefings);
    }

    /**
     * Rà soát: see {@link PeriodReport.Review}. "Aligned" = a task of the unit's subtree assigned by
     * {@code to} whose target names the directive it implements ({@code implements_instrument_id}).
     * The term starts on 1 January of the first year of the programs directing the unit (its own and
     * those above it, {@code UnitPath.concerns}), or on {@code from} when none.
     */
    @SuppressWarnings("unchecked")
    public PeriodReport.Review review(String unit, LocalDate from, LocalDate to) {
        String p = UnitPath.descendantsPattern(unit);
        Number firstYear = (Number) em.createNativeQuery("select min(period_start) from program"
                + " where :u = unit_path or :u like unit_path || '.%' or unit_path = :u or unit_path like :p")
                .setParameter("u", unit).setParameter("p", p).getSingleResult();
        LocalDate termStart = firstYear == null ? from : LocalDate.of(firstYear.intValue(), 1, 1);
        String aligned = "exists (select 1 from task k join target x on x.task_id = k.id"
                + " where %s and (k.unit_path = :u or k.unit_path like :p) and k.assigned_date <= :t"
                + " and k.status <> 'CANCELLED' and x.implements_instrument_id is not null)";
        List<PeriodReport.ReviewTopic> topics = new ArrayList<>();
        for (Object row : em.createNativeQuery("select pr.code, tp.number, tp.title from topic tp"
                + " join program pr on pr.id = tp.program_id"
                + " where (tp.lead_unit_path = :u or tp.lead_unit_path like :p)"
                + " and not " + aligned.formatted("k.topic_id = tp.id") + " order by pr.code, tp.number")
                .setParameter("u", unit).setParameter("p", p).setParameter("t", to).getResultList()) {
            Object[] r = (Object[]) row;
            topics.add(new PeriodReport.ReviewTopic((String) r[0], ((Number) r[1]).intValue(), (String) r[2]));
        }
        List<PeriodReport.ReviewInstrument> instruments = new ArrayList<>();
        for (Object row : em.createNativeQuery("select i.kind, i.number, i.issued_date, i.title from instrument i"
                + " where i.kind in ('PLAN', 'PROJECT') and (i.issuer_unit_path = :u or i.issuer_unit_path like :p)"
                + " and i.issued_date between :s and :t and not " + aligned.formatted("(k.instrument_id = i.id"
                        + " or k.solution_group_id in (select g.id from solution_group g where g.instrument_id = i.id))")
                + " order by i.issued_date, i.number")
                .setParameter("u", unit).setParameter("p", p).setParameter("s", termStart).setParameter("t", to)
                .getResultList()) {
            Object[] r = (Object[]) row;
            instruments.add(new PeriodReport.ReviewInstrument((String) r[0], (String) r[1], date(r[2]), (String) r[3]));
        }
        return new PeriodReport.Review(termStart, topics, instruments);
    }

    private jakarta.persistence.Query scoped(String sql, String unit, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter("u", unit).setParameter("p", UnitPath.descendantsPattern(unit))
                .setParameter("f", from).setParameter("t", to);
    }
}
