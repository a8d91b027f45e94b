package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.service.PeriodReport.Activity;
import vn.minhbach.programs.service.PeriodReport.CitizenReception;
import vn.minhbach.programs.service.PeriodReport.ConferenceLine;
import vn.minhbach.programs.service.PeriodReport.InspectionSupervision;
import vn.minhbach.programs.service.PeriodReport.InstrumentLine;
import vn.minhbach.programs.service.PeriodReport.LevelFigures;
import vn.minhbach.programs.service.PeriodReport.ProgramFigures;
import vn.minhbach.programs.service.PeriodReport.ProgramWork;
import vn.minhbach.programs.service.PeriodReport.ProjectFigures;
import vn.minhbach.programs.service.PeriodReport.SignsOfViolation;
import vn.minhbach.programs.service.PeriodReport.SourceStatus;

/**
 * Builds the period report from the read model (never calling the other services) and from this
 * service's own program tables. The read-model figures come from per-unit, per-month aggregates
 * (whole months, read by primary key whatever the size of the subtree) plus the fact rows of the
 * partial first and last month (index-only scans), see {@link PeriodSplit} and Flyway V2; distinct
 * organisations from each organisation's decision dates. Figures are exactly those of
 * docs/contracts.md.
 */
@ApplicationScoped
public class ReportService {

    /** Initiating levels in the order the narrative reports them. */
    public static final List<String> LEVELS = List.of("DISTRICT_STANDING_COMMITTEE", "INSPECTION_COMMISSION",
            "GRASSROOTS_COMMITTEE");

    /** Domains in the order the source article names them. */
    static final List<String> DOMAIN_ORDER = List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER", "URBAN_MANAGEMENT",
            "SITE_CLEARANCE", "PUBLIC_INVESTMENT", "PUBLIC_PROCUREMENT");

    @Inject
    EntityManager em;

    @Inject
    SourceLag sourceLag;

    @Transactional
    public PeriodReport periodReport(String unit, LocalDate from, LocalDate to) {
        return new PeriodReport(unit, from, to, OffsetDateTime.now(ZoneOffset.UTC), sources(),
                citizenReception(unit, from, to), inspectionSupervision(unit, from, to), programWork(unit, from, to),
                review(unit, from, to));
    }

    @Transactional
    public List<SourceStatus> sources() {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("select source, topic, events_applied, duplicates_skipped,"
                + " last_event_time, last_applied_at from rm_source order by source").getResultList()) {
            rows.add((Object[]) row);
        }
        Map<String, Long> lags = sourceLag.lags(rows.stream().map(r -> (String) r[1]).toList());
        List<SourceStatus> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new SourceStatus((String) r[0], (String) r[1], num(r[2]), num(r[3]), time(r[4]), time(r[5]),
                    lags.get((String) r[1])));
        }
        return result;
    }

    public CitizenReception citizenReception(String unit, LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        Object[] visits = (Object[]) subtree("select coalesce(sum(visits), 0), coalesce(sum(people), 0),"
                + " coalesce(sum(group_visits), 0) from ("
                + " select visits, people, group_visits from rm_reception_visit_month"
                + "   where unit_path = :u and visit_month between :mf and :mt"
                + " union all select 1, people, case when group_visit then 1 else 0 end from rm_reception_visit"
                + "   where " + IN_SUBTREE + " and visit_date between :hf and :ht"
                + " union all select 1, people, case when group_visit then 1 else 0 end from rm_reception_visit"
                + "   where " + IN_SUBTREE + " and visit_date between :tf and :tt) v", unit, split).getSingleResult();
        // One statement, so one snapshot: received and settled always agree (received = settled + in progress).
        Object[] petitions = (Object[]) subtree("select m.received + e.received, m.settled + e.settled + l.settled + r.settled,"
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
                + REOPENED_AFTER_TO,
                unit, split).getSingleResult();
        long received = num(petitions[0]);
        long settled = num(petitions[1]);
        long[] open = openCases(unit, from, to);
        return new CitizenReception(num(visits[0]), num(visits[1]), num(visits[2]), received, settled,
                received - settled, num(petitions[2]), open[0], open[1]);
    }

    InspectionSupervision inspectionSupervision(String unit, LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        String teamDays = " from rm_team t where " + IN_SUBTREE.replace("unit_path", "t.unit_path")
                + " and (t.decision_date between :hf and :ht or t.decision_date between :tf and :tt)";
        String signs = "t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION'";
        Map<String, long[]> teams = new TreeMap<>(); // level|kind -> [teams]
        long signsTeams = 0;
        Map<String, long[]> signsByLevel = new TreeMap<>(); // level -> [teams, organisations, members, managed]
        for (Object row : subtree("select initiating_level, kind, signs_of_violation, sum(teams) from ("
                + " select initiating_level, kind, signs_of_violation, teams from rm_team_month"
                + "   where unit_path = :u and decision_month between :mf and :mt"
                + " union all select t.initiating_level, t.kind, " + signs + ", 1" + teamDays
                + ") x group by 1, 2, 3 having sum(teams) <> 0", unit, split).getResultList()) {
            Object[] r = (Object[]) row;
            teams.computeIfAbsent(r[0] + "|" + r[1], k -> new long[1])[0] += num(r[3]);
            if (Boolean.TRUE.equals(r[2])) {
                signsTeams += num(r[3]);
                signsByLevel.computeIfAbsent((String) r[0], k -> new long[4])[0] += num(r[3]);
            }
        }
        // level|kind|targetType|organisationKind -> [occurrences, distinct subjects, standing-committee-managed]
        Map<String, long[]> targets = new TreeMap<>();
        long[] signsTargets = new long[3]; // organisations, members, members managed by the standing committee
        for (Object row : subtree("select initiating_level, kind, signs_of_violation, target_type, organisation_kind,"
                + " sum(occurrences), sum(managed) from ("
                + " select initiating_level, kind, signs_of_violation, target_type, organisation_kind, occurrences,"
                + "   standing_committee_managed as managed from rm_team_target_month"
                + "   where unit_path = :u and decision_month between :mf and :mt"
                + " union all select t.initiating_level, t.kind, " + signs + ", x.target_type,"
                + "   coalesce(x.organisation_kind, ''), 1, case when x.standing_committee_managed then 1 else 0 end"
                + teamDays.replace("from rm_team t", "from rm_team t join rm_team_target x on x.team_id = t.team_id")
                + ") x group by 1, 2, 3, 4, 5 having sum(occurrences) <> 0 or sum(managed) <> 0", unit, split)
                .getResultList()) {
            Object[] r = (Object[]) row;
            long[] v = targets.computeIfAbsent(r[0] + "|" + r[1] + "|" + r[3] + "|" + r[4], k -> new long[3]);
            v[0] += num(r[5]);
            v[2] += num(r[6]);
            if (Boolean.TRUE.equals(r[2])) {
                boolean organisation = "ORGANISATION".equals(r[3]);
                signsTargets[organisation ? 0 : 1] += num(r[5]);
                signsTargets[2] += organisation ? 0 : num(r[6]);
                long[] l = signsByLevel.computeIfAbsent((String) r[0], k -> new long[4]);
                l[organisation ? 1 : 2] += num(r[5]);
                l[3] += organisation ? 0 : num(r[6]);
            }
        }
        // Distinct organisations, per kind (scope K) and over all kinds (A): by month from
        // rm_organisation_month (all organisations minus those last targeted before the first month,
        // first targeted after the last month, or not targeted in between); when the period starts or
        // ends mid-month, that counts an organisation targeted only on the days of those months left
        // out of the period: those are found from the teams of these days and taken back out unless
        // their decision dates meet the period.
        Map<String, Long> distinctOrgs = new TreeMap<>();
        for (Object row : subtree("select initiating_level, kind, scope, organisation_kind, sum(n) from ("
                + " select initiating_level, kind, scope, organisation_kind, firsts"
                + "   - case when month < :fms then lasts"
                + "       + rm_tail_sum(gaps, rm_month_index(cast(:lms as date)) - rm_month_index(month) + 1) else 0 end"
                + "   - case when month > :lms then firsts else 0 end as n"
                + "   from rm_organisation_month where unit_path = :u"
                + " union all"
                + " select s.initiating_level, s.kind, c.scope, case c.scope when 'A' then '' else s.organisation_kind end,"
                + "   case when s.decision_dates && daterange(cast(:f as date), cast(:t as date), '[]') then 0 else -1 end"
                + "   from (select distinct t.initiating_level, t.kind, x.subject_id"
                + "     from rm_team t join rm_team_target x on x.team_id = t.team_id"
                + "     where " + IN_SUBTREE.replace("unit_path", "t.unit_path") + " and x.target_type = 'ORGANISATION'"
                + "     and (t.decision_date between :bf and :bt or t.decision_date between :af and :at)) b"
                + "   join rm_organisation_subject s on s.subject_id = b.subject_id"
                + "     and s.initiating_level = b.initiating_level and s.kind = b.kind and s.unit_path = :u"
                // Only rows the months counted for a day outside the period (an organisation's row
                // under another kind may have none).
                + "     and (s.decision_dates && daterange(cast(:bf as date), cast(:bt as date) + 1)"
                + "       or s.decision_dates && daterange(cast(:af as date), cast(:at as date) + 1))"
                + "   cross join lateral (select 'K' where not s.all_kinds"
                + "     union all select 'A' where s.all_kinds or s.sole_kind) c(scope)"
                + ") x group by 1, 2, 3, 4 having sum(n) <> 0", unit, split).getResultList()) {
            Object[] r = (Object[]) row;
            if ("A".equals(String.valueOf(r[2]))) {
                distinctOrgs.merge(r[0] + "|" + r[1], num(r[4]), Long::sum);
            } else {
                long[] v = targets.get(r[0] + "|" + r[1] + "|ORGANISATION|" + r[3]);
                if (v != null) {
                    v[1] = num(r[4]);
                }
            }
        }
        LinkedHashSet<String> levels = new LinkedHashSet<>(LEVELS);
        teams.keySet().forEach(k -> levels.add(k.split("\\|")[0]));
        List<LevelFigures> byLevel = new ArrayList<>();
        for (String level : levels) {
            Activity inspection = activity(level, "INSPECTION", teams, targets, distinctOrgs);
            Activity supervision = activity(level, "SUPERVISION", teams, targets, distinctOrgs);
            byLevel.add(new LevelFigures(level, inspection, supervision));
        }
        return new InspectionSupervision(byLevel, signsOfViolation(unit, from, to, signsTeams, signsTargets,
                signsByLevel));
    }

    private static Activity activity(String level, String kind, Map<String, long[]> teams,
            Map<String, long[]> targets, Map<String, Long> distinctOrgs) {
        String prefix = level + "|" + kind + "|";
        Map<String, Long> orgsByKind = new TreeMap<>();
        Map<String, Long> distinctByKind = new TreeMap<>();
        long orgs = 0;
        long members = 0;
        long managed = 0;
        for (var e : targets.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            String[] k = e.getKey().split("\\|", -1);
            long[] v = e.getValue();
            if ("ORGANISATION".equals(k[2])) {
                String orgKind = k[3].isEmpty() ? "UNSPECIFIED" : k[3];
                orgsByKind.merge(orgKind, v[0], Long::sum);
                distinctByKind.merge(orgKind, v[1], Long::sum);
                orgs += v[0];
            } else {
                members += v[0];
                managed += v[2];
            }
        }
        long[] t = teams.get(level + "|" + kind);
        return new Activity(t == null ? 0 : t[0], orgs, distinctOrgs.getOrDefault(level + "|" + kind, 0L),
                orgsByKind, distinctByKind, members, managed);
    }

    /** Counts from the aggregates above; the domains and levels, which are sets, from the (few) team rows. */
    private SignsOfViolation signsOfViolation(String unit, LocalDate from, LocalDate to, long teams, long[] targets,
            Map<String, long[]> byLevel) {
        Map<String, List<String>> domainsByLevel = new TreeMap<>();
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (Object row : subtree("select initiating_level, string_agg(distinct domains, ',')"
                + " from rm_team where kind = 'INSPECTION' and basis = 'SIGNS_OF_VIOLATION' and " + IN_SUBTREE
                + " and decision_date between :f and :t group by initiating_level", unit, PeriodSplit.of(from, to))
                .getResultList()) {
            Object[] r = (Object[]) row;
            List<String> domains = ordered(split((String) r[1]));
            domainsByLevel.put((String) r[0], domains);
            all.addAll(domains);
        }
        List<PeriodReport.LevelSigns> levels = new ArrayList<>();
        for (String level : LEVELS) {
            long[] v = byLevel.get(level);
            if (v != null && v[0] > 0) {
                levels.add(new PeriodReport.LevelSigns(level, v[0], v[1], v[2], v[3],
                        domainsByLevel.getOrDefault(level, List.of())));
            }
        }
        List<String> levelNames = levels.stream().map(PeriodReport.LevelSigns::initiatingLevel).sorted().toList();
        return new SignsOfViolation(teams, targets[0], targets[1], targets[2], ordered(all), levelNames, levels);
    }

    private static List<String> ordered(java.util.Collection<String> domains) {
        List<String> list = new ArrayList<>(domains);
        list.sort(java.util.Comparator.comparingInt((String d) -> DOMAIN_ORDER.indexOf(d) < 0 ? 99 : DOMAIN_ORDER.indexOf(d))
                .thenComparing(d -> d));
        return list;
    }

    @SuppressWarnings("unchecked")
    ProgramWork programWork(String unit, LocalDate from, LocalDate to) {
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
    PeriodReport.Review review(String unit, LocalDate from, LocalDate to) {
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

    /**
     * The unit subtree (the unit or below it: {@code u} or {@code u.%}) as one condition that is not an
     * OR, so the planner takes an index-only range scan on the unit prefix instead of OR-ing two bitmap
     * scans that must visit the table: {@code 01.021%} bounds the scan, the second LIKE drops look-alikes
     * such as {@code 01.0211}.
     */
    static final String IN_SUBTREE = "unit_path like :q and (unit_path || '.') like :p";

    private static final String TERMINAL_SQL =
            "('RESOLVED', 'CLOSED', 'NOT_ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED', 'WITHDRAWN')";

    /**
     * Settled on {@code to} although not counted by "settled_date <= to" (docs/contracts.md: the status
     * on {@code to}, from the history): the petitions received in the period that were in a terminal
     * status on {@code to} and left it afterwards (reopened, appealed), so their current settle date,
     * if any, is after {@code to}. Their status on {@code to} is the {@code from} of the first
     * transition after {@code to} (the one of that day no other transition of the day leads to). Found
     * from the reopenings after {@code to} (partial index, V30): rare rows.
     */
    static final String REOPENED_AFTER_TO = " (select count(*) as settled from rm_petition p"
            + "   where " + IN_SUBTREE.replace("unit_path", "p.unit_path") + " and p.received_date between :f and :t"
            + "   and (p.settled_date is null or p.settled_date > :t) and " + reopenedTerminalOnTo("p") + ") r";

    /**
     * True when petition {@code p} was in a terminal status on {@code to} and left it afterwards (the
     * case "settled_date <= to" misses): one of its reopenings is after {@code to} and the first
     * transition after {@code to} starts from a terminal status.
     */
    static String reopenedTerminalOnTo(String p) {
        return ("%1$s.petition_id in (select r.petition_id from rm_petition_transition r where r.effective_date > :t"
                + "     and r.from_status in " + TERMINAL_SQL + " and r.to_status not in " + TERMINAL_SQL + ")"
                + "   and exists (select 1 from rm_petition_transition y where y.petition_id = %1$s.petition_id"
                + "     and y.effective_date = (select min(z.effective_date) from rm_petition_transition z"
                + "       where z.petition_id = %1$s.petition_id and z.effective_date > :t)"
                + "     and y.from_status in " + TERMINAL_SQL
                + "     and not exists (select 1 from rm_petition_transition w where w.petition_id = y.petition_id"
                + "       and w.effective_date = y.effective_date and w.to_status = y.from_status"
                + "       and (w.from_status <> y.from_status or w.to_status <> y.to_status)))").formatted(p);
    }

    /** The status of petition {@code p} on {@code to} is terminal (docs/contracts.md "settled"). */
    static String settledOnTo(String p) {
        // coalesce: a petition never settled has no date, and "not (null or false)" would be null, not true.
        return "(coalesce(" + p + ".settled_date <= :t, false) or (" + reopenedTerminalOnTo(p) + "))";
    }

    /**
     * Cases still open on {@code to} (issue 18.5): in the steering committee's register (complex,
     * prolonged or crowded) since a date on or before {@code to} and not settled on {@code to}, as
     * petitions-service's {@code complexCasesOpen}; and petitions flagged with signs of corruption on or
     * before {@code to}, not settled on {@code to}, whose inspection (a team opened from the lead) was
     * not concluded by {@code to}: the corruption cases still to be examined and handled.
     */
    long[] openCases(String unit, LocalDate from, LocalDate to) {
        String subtree = IN_SUBTREE.replace("unit_path", "p.unit_path");
        Object[] r = (Object[]) subtree("select"
                + " (select count(*) from rm_petition p where " + subtree + " and p.register_date <= :t"
                + "   and not " + settledOnTo("p") + "),"
                + " (select count(*) from rm_petition p where " + subtree + " and p.flagged_date <= :t"
                + "   and not " + settledOnTo("p")
                + "   and not exists (select 1 from rm_team t where t.petition_id = p.petition_id"
                + "     and t.concluded_date <= :t))", unit, PeriodSplit.of(from, to)).getSingleResult();
        return new long[] {num(r[0]), num(r[1])};
    }

    private static final Pattern PARAMETER = Pattern.compile(":([a-z]+)\\b");

    /** A read-model query over the unit subtree and a split period; binds the parameters it names. */
    private jakarta.persistence.Query subtree(String sql, String unit, PeriodSplit s) {
        Map<String, Object> values = Map.ofEntries(Map.entry("u", unit), Map.entry("q", unit + "%"),
                Map.entry("p", UnitPath.descendantsPattern(unit)), Map.entry("f", s.from()), Map.entry("t", s.to()),
                Map.entry("mf", s.monthsFrom()), Map.entry("mt", s.monthsTo()), Map.entry("hf", s.headFrom()),
                Map.entry("ht", s.headTo()), Map.entry("tf", s.tailFrom()), Map.entry("tt", s.tailTo()),
                Map.entry("sm", s.settledMonthMax()), Map.entry("lf", s.lateFrom()), Map.entry("lt", s.lateTo()),
                Map.entry("fms", s.firstMonth()), Map.entry("lms", s.lastMonth()),
                Map.entry("bf", s.daysBefore()[0]), Map.entry("bt", s.daysBefore()[1]),
                Map.entry("af", s.daysAfter()[0]), Map.entry("at", s.daysAfter()[1]));
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        Matcher m = PARAMETER.matcher(sql);
        java.util.Set<String> bound = new java.util.HashSet<>();
        while (m.find()) {
            if (bound.add(m.group(1))) {
                query.setParameter(m.group(1), values.get(m.group(1)));
            }
        }
        return query;
    }

    private jakarta.persistence.Query scoped(String sql, String unit, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter("u", unit).setParameter("p", UnitPath.descendantsPattern(unit))
                .setParameter("f", from).setParameter("t", to);
    }

    private static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return List.copyOf(new java.util.TreeSet<>(List.of(csv.split(","))).stream().filter(s -> !s.isBlank()).toList());
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }

    private static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }
}
