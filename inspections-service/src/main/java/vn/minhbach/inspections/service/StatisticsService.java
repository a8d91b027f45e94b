package vn.minhbach.inspections.service;

import vn.minhbach.chassis.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.events.InspectionFigureRules;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Discipline;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.inspections.RecommendationUpdate;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamKind;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.messaging.TeamDecided;
import vn.minhbach.inspections.service.Statistics.Breakdown;
import vn.minhbach.inspections.service.Statistics.Counts;
import vn.minhbach.inspections.service.Statistics.KindStatistics;

/**
 * Counts teams of a unit subtree by decision date. Which teams count and how their targets are counted
 * is {@link InspectionFigureRules} (module events), over each team as {@code team.decided} carries it:
 * programs-service's report is held to the same definitions (its ReportPeriodsTest).
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    BusinessClock dates;

    public Statistics compute(String unit, LocalDate from, LocalDate to) {
        // The period's bounds narrow the read (indexed); which teams count is the shared rule.
        List<Team> teams = Team.<Team>list("(unitPath = ?1 or unitPath like ?2)"
                + " and decisionDate >= ?3 and decisionDate <= ?4", unit, UnitPath.descendantsPattern(unit), from, to)
                .stream().filter(t -> InspectionFigureRules.counted(t.status.name(), t.decisionDate, from, to))
                .toList();
        Map<UUID, List<TeamTarget>> targets = new HashMap<>();
        List<UUID> ids = teams.stream().map(t -> t.id).toList();
        if (!ids.isEmpty()) {
            for (TeamTarget x : TeamTarget.<TeamTarget>list("teamId in ?1", ids)) {
                targets.computeIfAbsent(x.teamId, k -> new ArrayList<>()).add(x);
            }
        }
        Map<UUID, InspectionFigureRules.Team> facts = new HashMap<>();
        for (Team t : teams) {
            facts.put(t.id, fact(t, targets.getOrDefault(t.id, List.of())));
        }
        return new Statistics(unit, from, to, kind(teams, facts, TeamKind.INSPECTION),
                kind(teams, facts, TeamKind.SUPERVISION), recommendations(teams, to), discipline(concludedBy(teams, targets, to)));
    }

    /** A team and its targets as team.decided carries them: what {@link InspectionFigureRules} counts. */
    static InspectionFigureRules.Team fact(Team t, List<TeamTarget> targets) {
        return TeamDecided.of(t, targets).figures();
    }

    private KindStatistics kind(List<Team> all, Map<UUID, InspectionFigureRules.Team> targets, TeamKind kind) {
        List<Team> teams = all.stream().filter(t -> t.kind == kind).toList();
        Map<InitiatingLevel, Breakdown> byLevel = new EnumMap<>(InitiatingLevel.class);
        for (InitiatingLevel level : InitiatingLevel.values()) {
            List<Team> atLevel = teams.stream().filter(t -> t.initiatingLevel == level).toList();
            byLevel.put(level, new Breakdown(counts(atLevel, targets), byBasis(atLevel, targets),
                    byDomain(atLevel, targets)));
        }
        return new KindStatistics(counts(teams, targets), byBasis(teams, targets), byDomain(teams, targets), byLevel);
    }

    private Map<Basis, Counts> byBasis(List<Team> teams, Map<UUID, InspectionFigureRules.Team> targets) {
        Map<Basis, Counts> out = new EnumMap<>(Basis.class);
        for (Basis b : Basis.values()) {
            out.put(b, counts(filter(teams, t -> t.basis == b), targets));
        }
        return out;
    }

    private Map<Domain, Counts> byDomain(List<Team> teams, Map<UUID, InspectionFigureRules.Team> targets) {
        Map<Domain, Counts> out = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) {
            out.put(d, counts(filter(teams, t -> t.domains.contains(d)), targets));
        }
        return out;
    }

    private static List<Team> filter(List<Team> teams, Predicate<Team> p) {
        return teams.stream().filter(p).toList();
    }

    private Counts counts(List<Team> teams, Map<UUID, InspectionFigureRules.Team> facts) {
        InspectionFigureRules.Counts c = InspectionFigureRules.count(teams.stream().map(t -> facts.get(t.id)).toList());
        return new Counts(c.teams(), c.organisationOccurrences(), byKind(c.organisationOccurrencesByKind()),
                c.distinctOrganisations(), byKind(c.distinctOrganisationsByKind()), c.memberOccurrences(),
                c.distinctMembers(), c.managedMemberOccurrences(), c.distinctManagedMembers());
    }

    /** Every organisation kind, zero when absent (an organisation target always has one here). */
    private static Map<OrganisationKind, Long> byKind(Map<String, Long> counts) {
        Map<OrganisationKind, Long> out = zero(OrganisationKind.class);
        counts.forEach((k, v) -> {
            if (!InspectionFigureRules.UNSPECIFIED.equals(k)) {
                out.put(OrganisationKind.valueOf(k), v);
            }
        });
        return out;
    }

    /**
     * Recommendations of the period's teams as of {@code to} (issue 18.1, docs/contracts.md): those that
     * existed on {@code to} (made by a conclusion dated on or before it), each in its status on
     * {@code to} (its last dated update on or before {@code to}, OPEN before any), overdue when that
     * status is outstanding and its due date lies before {@code to} (or before today while the period
     * runs). A later update never changes a past period's figures.
     */
    private Statistics.Recommendations recommendations(List<Team> teams, LocalDate to) {
        LocalDate today = dates.today();
        LocalDate overdueOn = to.isBefore(today) ? to : today;
        Map<RecommendationStatus, Long> byStatus = zero(RecommendationStatus.class);
        List<UUID> concluded = teams.stream()
                .filter(t -> t.concludedDate != null && !t.concludedDate.isAfter(to)).map(t -> t.id).toList();
        List<Recommendation> recs = concluded.isEmpty() ? List.of() : Recommendation.list("teamId in ?1", concluded);
        Map<UUID, RecommendationStatus> statusOnTo = new HashMap<>();
        List<UUID> recIds = recs.stream().map(r -> r.id).toList();
        if (!recIds.isEmpty()) {
            for (RecommendationUpdate u : RecommendationUpdate.<RecommendationUpdate>list(
                    "recommendationId in ?1 and updateDate <= ?2 order by updateDate, recordedAt", recIds, to)) {
                statusOnTo.put(u.recommendationId, u.status); // the last one wins
            }
        }
        long overdue = 0;
        for (Recommendation r : recs) {
            RecommendationStatus status = statusOnTo.getOrDefault(r.id, RecommendationStatus.OPEN);
            byStatus.merge(status, 1L, Long::sum);
            overdue += status.outstanding() && r.dueDate.isBefore(overdueOn) ? 1 : 0;
        }
        long open = byStatus.get(RecommendationStatus.OPEN) + byStatus.get(RecommendationStatus.IN_PROGRESS);
        return new Statistics.Recommendations(recs.size(), byStatus, open,
                byStatus.get(RecommendationStatus.IMPLEMENTED), overdue, overdueOn);
    }

    /** Discipline is decided by a conclusion: only the targets of teams concluded on or before {@code to}. */
    private static Map<UUID, List<TeamTarget>> concludedBy(List<Team> teams, Map<UUID, List<TeamTarget>> targets,
            LocalDate to) {
        Map<UUID, List<TeamTarget>> out = new HashMap<>();
        for (Team t : teams) {
            if (t.concludedDate != null && !t.concludedDate.isAfter(to) && targets.containsKey(t.id)) {
                out.put(t.id, targets.get(t.id));
            }
        }
        return out;
    }

    private Statistics.DisciplineCounts discipline(Map<UUID, List<TeamTarget>> targets) {
        Map<Discipline, Long> members = new EnumMap<>(Discipline.class);
        Map<Discipline, Long> organisations = new EnumMap<>(Discipline.class);
        for (Discipline d : Discipline.values()) {
            if (d == Discipline.NONE) {
                continue;
            }
            if (d.appliesTo(TargetType.MEMBER)) {
                members.put(d, 0L);
            }
            if (d.appliesTo(TargetType.ORGANISATION)) {
                organisations.put(d, 0L);
            }
        }
        targets.values().stream().flatMap(List::stream)
                .filter(x -> x.discipline != null && x.discipline != Discipline.NONE)
                .forEach(x -> (x.targetType == TargetType.MEMBER ? members : organisations)
                        .merge(x.discipline, 1L, Long::sum));
        return new Statistics.DisciplineCounts(members, organisations);
    }

    private static <E extends Enum<E>> Map<E, Long> zero(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }
}
