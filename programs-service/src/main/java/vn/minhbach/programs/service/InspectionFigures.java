package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.ReadModelSql.IN_SUBTREE;
import static vn.minhbach.programs.service.ReadModelSql.inSubtree;
import static vn.minhbach.programs.service.ReadModelSql.num;
import static vn.minhbach.programs.service.ReadModelSql.query;
import static vn.minhbach.programs.service.ReadModelSql.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.minhbach.events.InspectionFigureRules;
import vn.minhbach.programs.service.PeriodReport.Activity;
import vn.minhbach.programs.service.PeriodReport.InspectionSupervision;
import vn.minhbach.programs.service.PeriodReport.LevelFigures;
import vn.minhbach.programs.service.PeriodReport.LevelSigns;
import vn.minhbach.programs.service.PeriodReport.SignsOfViolation;

/**
 * Kiểm tra, giám sát of the period report (docs/contracts.md): the definitions are
 * {@link InspectionFigureRules} (module events, also what inspections-service's statistics count with),
 * its literals written into the SQL from there and every figure held equal to it over the same events
 * by ReportPeriodsTest; here, one named statement per figure: teams by
 * initiating level and kind, target occurrences by target type and organisation kind, distinct
 * organisations, and the inspections on signs of violation. Whole months from the per-month aggregates,
 * the partial months from the team rows ({@link PeriodSplit}); intermediate results keyed by records.
 */
@ApplicationScoped
public class InspectionFigures {

    /** Initiating levels in the order the narrative reports them. */
    public static final List<String> LEVELS = List.of("DISTRICT_STANDING_COMMITTEE", "INSPECTION_COMMISSION",
            "GRASSROOTS_COMMITTEE");

    /** Domains in the order the source article names them. */
    static final List<String> DOMAIN_ORDER = List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER", "URBAN_MANAGEMENT",
            "SITE_CLEARANCE", "PUBLIC_INVESTMENT", "PUBLIC_PROCUREMENT");

    /**
     * An inspection on signs of violation (kiểm tra khi có dấu hiệu vi phạm), on the team rows {@code alias}:
     * {@link InspectionFigureRules#onSignsOfViolation} in SQL.
     */
    static String onSigns(String alias) {
        return alias + "kind = '" + InspectionFigureRules.INSPECTION + "' and " + alias + "basis = '"
                + InspectionFigureRules.SIGNS_OF_VIOLATION + "'";
    }

    /** {@link #onSigns} on a team row {@code t}. */
    static final String ON_SIGNS = onSigns("t.");

    /** The team rows {@code t} (joined with {@code join}) of the partial first and last months. */
    static String partialMonths(String join) {
        return " from rm_team t " + join + " where " + inSubtree("t.unit_path")
                + " and (t.decision_date between :hf and :ht or t.decision_date between :tf and :tt)";
    }

    static final String TEAMS = "select initiating_level, kind, signs_of_violation, sum(teams) from ("
            + " select initiating_level, kind, signs_of_violation, teams from rm_team_month"
            + "   where unit_path = :u and decision_month between :mf and :mt"
            + " union all select t.initiating_level, t.kind, " + ON_SIGNS + ", 1" + partialMonths("")
            + ") x group by 1, 2, 3 having sum(teams) <> 0";

    static final String TARGETS = "select initiating_level, kind, signs_of_violation, target_type, organisation_kind,"
            + " sum(occurrences), sum(managed) from ("
            + " select initiating_level, kind, signs_of_violation, target_type, organisation_kind, occurrences,"
            + "   standing_committee_managed as managed from rm_team_target_month"
            + "   where unit_path = :u and decision_month between :mf and :mt"
            + " union all select t.initiating_level, t.kind, " + ON_SIGNS + ", x.target_type,"
            + "   coalesce(x.organisation_kind, ''), 1, case when x.standing_committee_managed then 1 else 0 end"
            + partialMonths("join rm_team_target x on x.team_id = t.team_id")
            + ") x group by 1, 2, 3, 4, 5 having sum(occurrences) <> 0 or sum(managed) <> 0";

    /**
     * Distinct organisations, per kind (scope K) and over all kinds (A): by month from rm_organisation_month
     * (all organisations minus those last targeted before the first month, first targeted after the last
     * month, or not targeted in between); when the period starts or ends mid-month, that counts an
     * organisation targeted only on the days of those months left out of the period: those are found from
     * the teams of these days and taken back out unless their decision dates meet the period.
     */
    static final String DISTINCT_ORGANISATIONS = "select initiating_level, kind, scope, organisation_kind, sum(n) from ("
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
            + "     where " + inSubtree("t.unit_path") + " and x.target_type = '" + InspectionFigureRules.ORGANISATION + "'"
            + "     and (t.decision_date between :bf and :bt or t.decision_date between :af and :at)) b"
            + "   join rm_organisation_subject s on s.subject_id = b.subject_id"
            + "     and s.initiating_level = b.initiating_level and s.kind = b.kind and s.unit_path = :u"
            // Only rows the months counted for a day outside the period (an organisation's row under another
            // kind may have none).
            + "     and (s.decision_dates && daterange(cast(:bf as date), cast(:bt as date) + 1)"
            + "       or s.decision_dates && daterange(cast(:af as date), cast(:at as date) + 1))"
            + "   cross join lateral (select 'K' where not s.all_kinds"
            + "     union all select 'A' where s.all_kinds or s.sole_kind) c(scope)"
            + ") x group by 1, 2, 3, 4 having sum(n) <> 0";

    /** The domains of the inspections on signs of violation, per level (sets: from the few team rows). */
    static final String SIGNS_DOMAINS = "select initiating_level, string_agg(distinct domains, ',')"
            + " from rm_team where " + onSigns("") + " and " + IN_SUBTREE
            + " and decision_date between :f and :t group by initiating_level";

    /** Teams of one initiating level and kind. */
    record TeamKey(String level, String kind) {
    }

    /** Target occurrences of one level, kind, target type and organisation kind ("" for members). */
    record TargetKey(String level, String kind, String targetType, String organisationKind) {
        boolean organisation() {
            return InspectionFigureRules.ORGANISATION.equals(targetType);
        }
    }

    /** Occurrences, distinct subjects and standing-committee-managed members of one {@link TargetKey}. */
    static final class TargetCounts {
        long occurrences;
        long distinct;
        long managed;
    }

    /** The inspections on signs of violation of one level: teams, organisations, members, managed members. */
    static final class SignsCounts {
        long teams;
        long organisations;
        long members;
        long managed;

        void add(SignsCounts o) {
            teams += o.teams;
            organisations += o.organisations;
            members += o.members;
            managed += o.managed;
        }
    }

    @Inject
    EntityManager em;

    public InspectionSupervision figures(String unit, LocalDate from, LocalDate to) {
        PeriodSplit split = PeriodSplit.of(from, to);
        Map<TeamKey, Long> teams = new HashMap<>();
        Map<String, SignsCounts> signs = new TreeMap<>();
        for (Object[] r : rows(query(em, TEAMS, unit, split))) {
            teams.merge(new TeamKey((String) r[0], (String) r[1]), num(r[3]), Long::sum);
            if (Boolean.TRUE.equals(r[2])) {
                signs.computeIfAbsent((String) r[0], k -> new SignsCounts()).teams += num(r[3]);
            }
        }
        Map<TargetKey, TargetCounts> targets = new HashMap<>();
        for (Object[] r : rows(query(em, TARGETS, unit, split))) {
            TargetKey key = new TargetKey((String) r[0], (String) r[1], (String) r[3], (String) r[4]);
            TargetCounts v = targets.computeIfAbsent(key, k -> new TargetCounts());
            v.occurrences += num(r[5]);
            v.managed += num(r[6]);
            if (Boolean.TRUE.equals(r[2])) {
                SignsCounts l = signs.computeIfAbsent(key.level(), k -> new SignsCounts());
                if (key.organisation()) {
                    l.organisations += num(r[5]);
                } else {
                    l.members += num(r[5]);
                    l.managed += num(r[6]);
                }
            }
        }
        Map<TeamKey, Long> distinctOrganisations = distinctOrganisations(unit, split, targets);
        Set<String> levels = new LinkedHashSet<>(LEVELS);
        teams.keySet().stream().map(TeamKey::level).sorted().forEach(levels::add);
        List<LevelFigures> byLevel = new ArrayList<>();
        for (String level : levels) {
            byLevel.add(new LevelFigures(level, activity(new TeamKey(level, InspectionFigureRules.INSPECTION), teams,
                    targets, distinctOrganisations), activity(new TeamKey(level, InspectionFigureRules.SUPERVISION), teams, targets,
                            distinctOrganisations)));
        }
        return new InspectionSupervision(byLevel, signsOfViolation(unit, split, signs));
    }

    /** Over all organisation kinds per team key; per kind written into {@code targets}' distinct counts. */
    private Map<TeamKey, Long> distinctOrganisations(String unit, PeriodSplit split,
            Map<TargetKey, TargetCounts> targets) {
        Map<TeamKey, Long> overAllKinds = new HashMap<>();
        for (Object[] r : rows(query(em, DISTINCT_ORGANISATIONS, unit, split))) {
            TeamKey team = new TeamKey((String) r[0], (String) r[1]);
            if ("A".equals(String.valueOf(r[2]))) {
                overAllKinds.merge(team, num(r[4]), Long::sum);
            } else {
                TargetCounts v = targets.get(new TargetKey(team.level(), team.kind(), "ORGANISATION", (String) r[3]));
                if (v != null) {
                    v.distinct = num(r[4]);
                }
            }
        }
        return overAllKinds;
    }

    private static Activity activity(TeamKey team, Map<TeamKey, Long> teams, Map<TargetKey, TargetCounts> targets,
            Map<TeamKey, Long> distinctOrganisations) {
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> distinctByKind = new TreeMap<>();
        long organisations = 0;
        long members = 0;
        long managed = 0;
        for (var e : targets.entrySet()) {
            TargetKey k = e.getKey();
            if (!k.level().equals(team.level()) || !k.kind().equals(team.kind())) {
                continue;
            }
            TargetCounts v = e.getValue();
            if (k.organisation()) {
                String kind = k.organisationKind().isEmpty() ? InspectionFigureRules.UNSPECIFIED : k.organisationKind();
                byKind.merge(kind, v.occurrences, Long::sum);
                distinctByKind.merge(kind, v.distinct, Long::sum);
                organisations += v.occurrences;
            } else {
                members += v.occurrences;
                managed += v.managed;
            }
        }
        return new Activity(teams.getOrDefault(team, 0L), organisations, distinctOrganisations.getOrDefault(team, 0L),
                byKind, distinctByKind, members, managed);
    }

    /** Counts from the aggregates above; the domains and levels, which are sets, from the (few) team rows. */
    private SignsOfViolation signsOfViolation(String unit, PeriodSplit split, Map<String, SignsCounts> byLevel) {
        Map<String, List<String>> domainsByLevel = new TreeMap<>();
        Set<String> all = new TreeSet<>();
        for (Object[] r : rows(query(em, SIGNS_DOMAINS, unit, split))) {
            List<String> domains = ordered(ReadModelSql.values((String) r[1]));
            domainsByLevel.put((String) r[0], domains);
            all.addAll(domains);
        }
        SignsCounts total = new SignsCounts();
        byLevel.values().forEach(total::add);
        List<LevelSigns> levels = new ArrayList<>();
        for (String level : LEVELS) {
            SignsCounts v = byLevel.get(level);
            if (v != null && v.teams > 0) {
                levels.add(new LevelSigns(level, v.teams, v.organisations, v.members, v.managed,
                        domainsByLevel.getOrDefault(level, List.of())));
            }
        }
        List<String> levelNames = levels.stream().map(LevelSigns::initiatingLevel).sorted().toList();
        return new SignsOfViolation(total.teams, total.organisations, total.members, total.managed, ordered(all),
                levelNames, levels);
    }

    private static List<String> ordered(Collection<String> domains) {
        List<String> list = new ArrayList<>(domains);
        list.sort(Comparator.comparingInt((String d) -> DOMAIN_ORDER.indexOf(d) < 0 ? 99 : DOMAIN_ORDER.indexOf(d))
                .thenComparing(d -> d));
        return list;
    }
}
