package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.ReadModelSql.IN_SUBTREE;
import static vn.minhbach.programs.service.ReadModelSql.inSubtree;
import static vn.minhbach.programs.service.ReadModelSql.num;
import static vn.minhbach.programs.service.ReadModelSql.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import vn.minhbach.programs.service.PeriodReport.CitizenReception;

/**
 * Tiếp công dân and đơn thư of the period report (docs/contracts.md), each figure defined once here:
 * visits, petitions received and settled (settled = in a status petitions-service calls settled on {@code to}),
 * flagged with signs of corruption, and the cases still open on {@code to}. Whole months come from the per-month
 * aggregates, the partial first and last months from the fact rows ({@link PeriodSplit}).
 */
@ApplicationScoped
public class CitizenReceptionFigures {

    /** Reception visits, people and group visits. */
    static final String VISITS = "select coalesce(sum(visits), 0), coalesce(sum(people), 0),"
            + " coalesce(sum(group_visits), 0) from ("
            + " select visits, people, group_visits from rm_reception_visit_month"
            + "   where unit_path = :u and visit_month between :mf and :mt"
            + " union all select 1, people, case when group_visit then 1 else 0 end from rm_reception_visit"
            + "   where " + IN_SUBTREE + " and visit_date between :hf and :ht"
            + " union all select 1, people, case when group_visit then 1 else 0 end from rm_reception_visit"
            + "   where " + IN_SUBTREE + " and visit_date between :tf and :tt) v";

    /**
     * Settled on {@code to} although not counted by "settled_date <= to" (docs/contracts.md: the status
     * on {@code to}, from the history): the petitions received in the period that were in a terminal
     * status on {@code to} and left it afterwards (reopened, appealed). Found from the reopenings after
     * {@code to} (partial index, V30): rare rows.
     */
    static final String REOPENED_AFTER_TO = " (select count(*) as settled from rm_petition p"
            + "   where " + inSubtree("p.unit_path") + " and p.received_date between :f and :t"
            + "   and (p.settled_date is null or p.settled_date > :t) and " + reopenedTerminalOnTo("p") + ") r";

    /**
     * Received, settled and flagged in one statement, so one snapshot: received and settled always agree
     * (received = settled + in progress).
     */
    static final String PETITIONS = "select m.received + e.received, m.settled + e.settled + l.settled + r.settled,"
            + " fm.flagged + fe.flagged from"
            + " (select coalesce(sum(petitions), 0) as received,"
            + "   coalesce(sum(petitions) filter (where settled_month <= :sm), 0) as settled"
            + "   from rm_petition_month where unit_path = :u and received_month between :mf and :mt) m,"
            + " (select count(*) as received, count(*) filter (where settled_date <= :t) as settled from ("
            + "   select settled_date from rm_petition where " + IN_SUBTREE + " and received_date between :hf and :ht"
            + "   union all"
            + "   select settled_date from rm_petition where " + IN_SUBTREE + " and received_date between :tf and :tt) d) e,"
            + " (select count(*) as settled from rm_petition where " + IN_SUBTREE
            + "   and settled_date between :lf and :lt and received_date between :mf and :mt) l,"
            + " (select coalesce(sum(petitions), 0) as flagged from rm_petition_flagged_month"
            + "   where unit_path = :u and flagged_month between :mf and :mt) fm,"
            + " (select count(*) as flagged from ("
            + "   select 1 from rm_petition where " + IN_SUBTREE + " and flagged_date between :hf and :ht"
            + "   union all"
            + "   select 1 from rm_petition where " + IN_SUBTREE + " and flagged_date between :tf and :tt) d) fe,"
            + REOPENED_AFTER_TO;

    /**
     * Cases still open on {@code to} (issue 18.5): in the steering committee's register (complex,
     * prolonged or crowded) since a date on or before {@code to} and not settled on {@code to}, as
     * petitions-service's {@code complexCasesOpen}; and petitions flagged with signs of corruption on or
     * before {@code to}, not settled on {@code to}, whose inspection (a team opened from the lead) was not
     * concluded by {@code to}.
     */
    static final String OPEN_CASES = "select"
            + " (select count(*) from rm_petition p where " + inSubtree("p.unit_path") + " and p.register_date <= :t"
            + "   and not " + settledOnTo("p") + "),"
            + " (select count(*) from rm_petition p where " + inSubtree("p.unit_path") + " and p.flagged_date <= :t"
            + "   and not " + settledOnTo("p")
            + "   and not exists (select 1 from rm_team t where t.petition_id = p.petition_id"
            + "     and t.concluded_date <= :t))";

    @Inject
    EntityManager em;

    public CitizenReception figures(String unit, LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        Object[] visits = (Object[]) query(em, VISITS, unit, split).getSingleResult();
        Object[] petitions = (Object[]) query(em, PETITIONS, unit, split).getSingleResult();
        Object[] open = (Object[]) query(em, OPEN_CASES, unit, split).getSingleResult();
        long received = num(petitions[0]);
        long settled = num(petitions[1]);
        return new CitizenReception(num(visits[0]), num(visits[1]), num(visits[2]), received, settled,
                received - settled, num(petitions[2]), num(open[0]), num(open[1]));
    }

    /**
     * True when petition {@code p} was in a settled status on {@code to} and left it afterwards (the case
     * "settled_date <= to" misses): one of its reopenings is after {@code to} and the first transition after
     * {@code to} starts from a settled status (the one of that day no other transition of the day leads to).
     * Settled is petitions-service's fact carried by each transition event ({@code from_settled},
     * {@code to_settled}, V63), not a list of statuses kept here.
     */
    static String reopenedTerminalOnTo(String p) {
        return ("%1$s.petition_id in (select r.petition_id from rm_petition_transition r where r.effective_date > :t"
                + "     and r.from_settled and not r.to_settled)"
                + "   and exists (select 1 from rm_petition_transition y where y.petition_id = %1$s.petition_id"
                + "     and y.effective_date = (select min(z.effective_date) from rm_petition_transition z"
                + "       where z.petition_id = %1$s.petition_id and z.effective_date > :t)"
                + "     and y.from_settled"
                + "     and not exists (select 1 from rm_petition_transition w where w.petition_id = y.petition_id"
                + "       and w.effective_date = y.effective_date and w.to_status = y.from_status"
                + "       and (w.from_status <> y.from_status or w.to_status <> y.to_status)))").formatted(p);
    }

    /** The status of petition {@code p} on {@code to} is settled (docs/contracts.md "settled"). */
    static String settledOnTo(String p) {
        // coalesce: a petition never settled has no date, and "not (null or false)" would be null, not true.
        return "(coalesce(" + p + ".settled_date <= :t, false) or (" + reopenedTerminalOnTo(p) + "))";
    }
}
