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
 * service's own program tables. Each section is a handful of aggregate queries over indexed
 * (unit_path, date) ranges.
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
                citizenReception(unit, from, to), inspectionSupervision(unit, from, to), programWork(unit, from, to));
    }

    @Transactional
    public List<SourceStatus> sources() {
        List<SourceStatus> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("select source, topic, events_applied, duplicates_skipped,"
                + " last_event_time, last_applied_at from rm_source order by source").getResultList()) {
            Object[] r = (Object[]) row;
            String topic = (String) r[1];
            result.add(new SourceStatus((String) r[0], topic, num(r[2]), num(r[3]), time(r[4]), time(r[5]),
                    sourceLag.lag(topic)));
        }
        return result;
    }

    public CitizenReception citizenReception(String unit, LocalDate from, LocalDate to) {
        Object[] visits = (Object[]) scoped("select count(*), coalesce(sum(people), 0),"
                + " count(*) filter (where group_visit) from rm_reception_visit"
                + " where (unit_path = :u or unit_path like :p) and visit_date between :f and :t", unit, from, to)
                .getSingleResult();
        Object[] petitions = (Object[]) scoped("select"
                + " count(*) filter (where received_date between :f and :t),"
                + " count(*) filter (where received_date between :f and :t and settled_date <= :t),"
                + " count(*) filter (where flagged_date between :f and :t)"
                + " from rm_petition where (unit_path = :u or unit_path like :p)"
                + " and (received_date between :f and :t or flagged_date between :f and :t)", unit, from, to)
                .getSingleResult();
        long received = num(petitions[0]);
        long settled = num(petitions[1]);
        return new CitizenReception(num(visits[0]), num(visits[1]), num(visits[2]), received, settled,
                received - settled, num(petitions[2]));
    }

    InspectionSupervision inspectionSupervision(String unit, LocalDate from, LocalDate to) {
        String teamScope = " from rm_team t where (t.unit_path = :u or t.unit_path like :p)"
                + " and t.decision_date between :f and :t";
        Map<String, long[]> teams = new TreeMap<>(); // level|kind -> [teams]
        for (Object row : scoped("select t.initiating_level, t.kind, count(*)" + teamScope
                + " group by 1, 2", unit, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            teams.put(r[0] + "|" + r[1], new long[] {num(r[2])});
        }
        // level|kind|targetType|organisationKind -> [occurrences, distinct subjects, standing-committee-managed]
        Map<String, long[]> targets = new TreeMap<>();
        for (Object row : scoped("select t.initiating_level, t.kind, x.target_type, coalesce(x.organisation_kind, ''),"
                + " count(*), count(distinct x.subject_id), count(*) filter (where x.standing_committee_managed)"
                + teamScope.replace("from rm_team t", "from rm_team t join rm_team_target x on x.team_id = t.team_id")
                + " group by 1, 2, 3, 4", unit, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            targets.put(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3], new long[] {num(r[4]), num(r[5]), num(r[6])});
        }
        // Distinct organisations over all kinds of a level and team kind.
        Map<String, Long> distinctOrgs = new TreeMap<>();
        for (Object row : scoped("select t.initiating_level, t.kind, count(distinct x.subject_id)"
                + teamScope.replace("from rm_team t", "from rm_team t join rm_team_target x on x.team_id = t.team_id")
                + " and x.target_type = 'ORGANISATION' group by 1, 2", unit, from, to).getResultList()) {
            Object[] r = (Object[]) row;
            distinctOrgs.put(r[0] + "|" + r[1], num(r[2]));
        }
        LinkedHashSet<String> levels = new LinkedHashSet<>(LEVELS);
        teams.keySet().forEach(k -> levels.add(k.split("\\|")[0]));
        List<LevelFigures> byLevel = new ArrayList<>();
        for (String level : levels) {
            Activity inspection = activity(level, "INSPECTION", teams, targets, distinctOrgs);
            Activity supervision = activity(level, "SUPERVISION", teams, targets, distinctOrgs);
            byLevel.add(new LevelFigures(level, inspection, supervision));
        }
        return new InspectionSupervision(byLevel, signsOfViolation(unit, from, to));
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

    private SignsOfViolation signsOfViolation(String unit, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) scoped("select count(distinct t.team_id),"
                + " count(x.team_id) filter (where x.target_type = 'ORGANISATION'),"
                + " count(x.team_id) filter (where x.target_type = 'MEMBER'),"
                + " count(x.team_id) filter (where x.target_type = 'MEMBER' and x.standing_committee_managed),"
                + " string_agg(distinct t.domains, ','), string_agg(distinct t.initiating_level, ',')"
                + " from rm_team t left join rm_team_target x on x.team_id = t.team_id"
                + " where (t.unit_path = :u or t.unit_path like :p) and t.decision_date between :f and :t"
                + " and t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION'", unit, from, to).getSingleResult();
        List<String> domains = new ArrayList<>(split((String) r[4]));
        domains.sort(java.util.Comparator.comparingInt(d -> DOMAIN_ORDER.indexOf(d) < 0 ? 99 : DOMAIN_ORDER.indexOf(d)));
        return new SignsOfViolation(num(r[0]), num(r[1]), num(r[2]), num(r[3]), domains, split((String) r[5]));
    }

    @SuppressWarnings("unchecked")
    ProgramWork programWork(String unit, LocalDate from, LocalDate to) {
        String p = UnitPath.descendantsPattern(unit);
        // A topic counts for the unit when the unit leads it or carries one of its tasks.
        List<ProgramFigures> programs = new ArrayList<>();
        for (Object row : em.createNativeQuery("select pr.code, pr.title, count(tp.id),"
                + " count(tp.id) filter (where tp.lead_unit_path = :u or tp.lead_unit_path like :p"
                + "   or exists (select 1 from task k where k.topic_id = tp.id and (k.unit_path = :u or k.unit_path like :p)))"
                + " from program pr join topic tp on tp.program_id = pr.id group by pr.id, pr.code, pr.title"
                + " order by pr.code")
                .setParameter("u", unit).setParameter("p", p).getResultList()) {
            Object[] r = (Object[]) row;
            if (num(r[3]) > 0) {
                programs.add(new ProgramFigures((String) r[0], (String) r[1], num(r[2]), num(r[3])));
            }
        }
        List<ProjectFigures> projects = new ArrayList<>();
        for (Object row : em.createNativeQuery("select i.number, i.issued_date, i.issuer, i.title, count(g.id),"
                + " count(g.id) filter (where exists (select 1 from task k where k.solution_group_id = g.id"
                + "   and (k.unit_path = :u or k.unit_path like :p)))"
                + " from instrument i join solution_group g on g.instrument_id = i.id where i.kind = 'PROJECT'"
                + " group by i.id, i.number, i.issued_date, i.issuer, i.title order by i.issued_date, i.number")
                .setParameter("u", unit).setParameter("p", p).getResultList()) {
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
