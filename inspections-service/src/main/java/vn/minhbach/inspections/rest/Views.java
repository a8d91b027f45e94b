package vn.minhbach.inspections.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationUpdate;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.service.PlanQueries.PlanProgress;
import vn.minhbach.inspections.service.TeamQueries.TargetWithSubject;
import vn.minhbach.inspections.service.TeamQueries.TeamWithTargets;

/**
 * Maps what the services and queries return to response records (no entity leaves the service as JSON);
 * it reads nothing itself: everything a view shows comes loaded with it.
 */
@ApplicationScoped
public class Views {

    /** A page of {@code mapper}'s answers to the page's items. */
    public static <A, B> Page<B> page(Page<A> page, Function<A, B> mapper) {
        return new Page<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.totalItems());
    }

    /** The team with its targets, and with its recommendations when they were loaded. */
    public TeamResponse team(TeamWithTargets view) {
        Team t = view.team();
        List<TeamResponse.Target> targets = view.targets().stream().map(this::target).toList();
        List<RecommendationResponse> recs = view.recommendations() == null ? null
                : view.recommendations().stream().map(r -> recommendation(r, null, null)).toList();
        return new TeamResponse(t.id, t.unitPath, t.kind, t.basis, t.initiatingLevel, t.status, t.decisionNumber,
                t.decisionDate, t.periodFrom, t.periodTo, t.leaderMemberId, t.staffMemberIds, t.domains, t.planItemId,
                t.leadId, t.petitionId, t.startedDate, t.concludedDate, t.conclusionReference, t.forPublication,
                t.decisionPublic, t.publicSummary, t.publishedDate, targets, recs);
    }

    private TeamResponse.Target target(TargetWithSubject view) {
        TeamTarget x = view.target();
        return new TeamResponse.Target(x.id, x.targetType, x.subjectId(), view.name(), x.organisationKind,
                x.standingCommitteeManaged, x.findings, x.violation, x.discipline);
    }

    /**
     * A recommendation with its dated {@code updates} (none: null). Overdue on {@code today}, or without a
     * day once its overdue announcement was made and it is still outstanding.
     */
    public RecommendationResponse recommendation(Recommendation r, List<RecommendationUpdate> updates,
            LocalDate today) {
        List<RecommendationResponse.Update> history = updates == null ? null : updates.stream()
                .map(u -> new RecommendationResponse.Update(u.updateDate, u.status, u.note, u.evidence, u.recordedBy))
                .toList();
        boolean overdue = today != null ? r.overdueOn(today) : r.overdueAnnouncedAt != null && r.status.outstanding();
        return new RecommendationResponse(r.id, r.teamId, r.targetId, r.unitPath, r.text, r.ownerUnit, r.dueDate,
                r.status, r.statusDate, overdue, history);
    }

    /** A published result: organisations by name, members as a count, and by name only when the decision is public. */
    public PublicResult publicResult(TeamWithTargets view) {
        Team t = view.team();
        List<PublicResult.Organisation> organisations = view.targets().stream()
                .filter(x -> x.target().targetType == TargetType.ORGANISATION)
                .map(TargetWithSubject::organisation)
                .map(o -> new PublicResult.Organisation(o.name, o.kind)).toList();
        List<TargetWithSubject> members = view.targets().stream()
                .filter(x -> x.target().targetType == TargetType.MEMBER).toList();
        List<String> names = t.decisionPublic ? members.stream().map(x -> x.member().fullName).toList() : List.of();
        assert t.status == TeamStatus.PUBLISHED;
        return new PublicResult(t.id, t.unitPath, t.kind, t.basis, t.initiatingLevel, t.decisionNumber,
                t.decisionDate, t.concludedDate, t.publishedDate, t.domains, organisations, members.size(), names,
                t.publicSummary);
    }

    /** A plan with its items and completion figures. */
    public PlanResponse plan(PlanProgress progress) {
        var p = progress.plan();
        List<PlanResponse.Item> items = progress.items().stream()
                .map(i -> new PlanResponse.Item(i.item().id, i.item().kind, i.item().description,
                        i.item().plannedQuarter, i.teamIds(), i.decided(), i.concluded()))
                .toList();
        return new PlanResponse(p.id, p.unitPath, p.year, p.title, items, new PlanResponse.Completion(
                progress.items().size(), progress.decided(), progress.concluded(), progress.percentConcluded()));
    }
}
