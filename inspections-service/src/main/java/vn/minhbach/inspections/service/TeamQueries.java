package vn.minhbach.inspections.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamKind;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.TeamTarget;

/**
 * Reading teams (issue 21.4: the queries out of the resources, lists without a query per row): a page of
 * teams comes with its targets and their subjects in a fixed number of statements whatever its size
 * (count, the teams, their targets, the targeted organisations, the targeted members).
 */
@ApplicationScoped
public class TeamQueries {

    /** A target with its subject as the caller can see it (the other one, or both when hidden, null). */
    public record TargetWithSubject(TeamTarget target, PartyOrganisation organisation, PartyMember member) {

        /** The organisation's or the member's name; null when the subject is not visible. */
        public String name() {
            return organisation != null ? organisation.name : member != null ? member.fullName : null;
        }
    }

    /** A team with its targets (ordered by type, then id) and, when asked for, its recommendations (else null). */
    public record TeamWithTargets(Team team, List<TargetWithSubject> targets, List<Recommendation> recommendations) {
    }

    @Inject
    Caller caller;
    @Inject
    SubjectQueries subjects;
    @Inject
    RecommendationQueries recommendations;

    /** One team of the caller's subtree; 404 {@code team.not-found} otherwise. */
    public Team team(UUID id) {
        return caller.inScope(Team.<Team>findById(id), t -> t.unitPath, "team.not-found", id);
    }

    /** {@code team} with its targets and, if {@code withRecommendations}, its recommendations. */
    public TeamWithTargets withTargets(Team team, boolean withRecommendations) {
        TeamWithTargets t = withTargets(List.of(team)).get(0);
        return withRecommendations ? new TeamWithTargets(team, t.targets(), recommendations.ofTeam(team.id)) : t;
    }

    /** Teams of {@code unit}'s subtree, optionally of one status and kind; undecided first, then the latest. */
    public Page<TeamWithTargets> ofSubtree(String unit, TeamStatus status, TeamKind kind, PageRequest page) {
        Parameters params = Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (status != null) {
            q += " and status = :s";
            params = params.and("s", status);
        }
        if (kind != null) {
            q += " and kind = :k";
            params = params.and("k", kind);
        }
        return withTargets(Pages.of(Team.<Team>find(q + " order by decisionDate desc nulls first, createdAt desc",
                params), page, Function.identity()));
    }

    /**
     * Published teams, optionally of {@code unit}'s subtree, of one domain and concluded within
     * [{@code from}, {@code to}] (each bound optional); the latest published first.
     */
    public Page<TeamWithTargets> published(String unit, Domain domain, LocalDate from, LocalDate to,
            PageRequest page) {
        Parameters params = Parameters.with("s", TeamStatus.PUBLISHED);
        String q = "status = :s";
        if (unit != null) {
            q += " and (unitPath = :u or unitPath like :p)";
            params = params.and("u", unit).and("p", UnitPath.descendantsPattern(unit));
        }
        if (domain != null) {
            q += " and :d member of domains";
            params = params.and("d", domain);
        }
        if (from != null) {
            q += " and concludedDate >= :f";
            params = params.and("f", from);
        }
        if (to != null) {
            q += " and concludedDate <= :t";
            params = params.and("t", to);
        }
        return withTargets(Pages.of(Team.<Team>find(q + " order by publishedDate desc, id", params), page,
                Function.identity()));
    }

    private Page<TeamWithTargets> withTargets(Page<Team> teams) {
        return new Page<>(withTargets(teams.items()), teams.page(), teams.size(), teams.totalItems());
    }

    /** The targets of {@code teams} and their subjects: three statements for any number of teams. */
    private List<TeamWithTargets> withTargets(List<Team> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        List<TeamTarget> targets = TeamTarget.list("teamId in ?1 order by targetType, id",
                teams.stream().map(t -> t.id).toList());
        Map<UUID, PartyOrganisation> organisations = subjects.organisations(ids(targets, TargetType.ORGANISATION));
        Map<UUID, PartyMember> members = subjects.members(ids(targets, TargetType.MEMBER));
        Map<UUID, List<TargetWithSubject>> byTeam = new LinkedHashMap<>();
        for (TeamTarget x : targets) {
            boolean organisation = x.targetType == TargetType.ORGANISATION;
            byTeam.computeIfAbsent(x.teamId, k -> new ArrayList<>()).add(new TargetWithSubject(x,
                    organisation ? organisations.get(x.organisationId) : null,
                    organisation ? null : members.get(x.memberId)));
        }
        return teams.stream().map(t -> new TeamWithTargets(t, byTeam.getOrDefault(t.id, List.of()), null)).toList();
    }

    private static Set<UUID> ids(List<TeamTarget> targets, TargetType type) {
        return targets.stream().filter(x -> x.targetType == type).map(TeamTarget::subjectId)
                .collect(Collectors.toSet());
    }
}
