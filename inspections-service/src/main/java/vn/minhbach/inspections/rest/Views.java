package vn.minhbach.inspections.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationUpdate;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.TeamTarget;

/** Maps entities to response records (no entity leaves the service as JSON). */
@ApplicationScoped
public class Views {

    public TeamResponse team(Team t, boolean withRecommendations) {
        List<TeamResponse.Target> targets = t.targets().stream().map(this::target).toList();
        List<RecommendationResponse> recs = withRecommendations
                ? Recommendation.<Recommendation>list("teamId = ?1 order by dueDate, id", t.id).stream()
                        .map(r -> recommendation(r, false, null)).toList()
                : null;
        return new TeamResponse(t.id, t.unitPath, t.kind, t.basis, t.initiatingLevel, t.status, t.decisionNumber,
                t.decisionDate, t.periodFrom, t.periodTo, t.leaderMemberId, t.staffMemberIds, t.domains, t.planItemId,
                t.leadId, t.petitionId, t.startedDate, t.concludedDate, t.conclusionReference, t.forPublication,
                t.decisionPublic, t.publicSummary, t.publishedDate, targets, recs);
    }

    private TeamResponse.Target target(TeamTarget x) {
        String name;
        if (x.targetType == TargetType.ORGANISATION) {
            PartyOrganisation o = PartyOrganisation.findById(x.organisationId);
            name = o == null ? null : o.name;
        } else {
            PartyMember m = PartyMember.findById(x.memberId);
            name = m == null ? null : m.fullName;
        }
        return new TeamResponse.Target(x.id, x.targetType, x.subjectId(), name, x.organisationKind,
                x.standingCommitteeManaged, x.findings, x.violation, x.discipline);
    }

    public RecommendationResponse recommendation(Recommendation r, boolean withUpdates, java.time.LocalDate today) {
        List<RecommendationResponse.Update> updates = withUpdates
                ? RecommendationUpdate.<RecommendationUpdate>list(
                        "recommendationId = ?1 order by updateDate, recordedAt", r.id).stream()
                        .map(u -> new RecommendationResponse.Update(u.updateDate, u.status, u.note, u.evidence,
                                u.recordedBy))
                        .toList()
                : null;
        boolean overdue = today != null ? r.overdueOn(today) : r.overdueAnnouncedAt != null && r.status.outstanding();
        return new RecommendationResponse(r.id, r.teamId, r.targetId, r.unitPath, r.text, r.ownerUnit, r.dueDate,
                r.status, r.statusDate, overdue, updates);
    }

    public PublicResult publicResult(Team t) {
        List<TeamTarget> targets = t.targets();
        List<PublicResult.Organisation> organisations = targets.stream()
                .filter(x -> x.targetType == TargetType.ORGANISATION)
                .map(x -> PartyOrganisation.<PartyOrganisation>findById(x.organisationId))
                .map(o -> new PublicResult.Organisation(o.name, o.kind)).toList();
        List<TeamTarget> members = targets.stream().filter(x -> x.targetType == TargetType.MEMBER).toList();
        List<String> names = t.decisionPublic
                ? members.stream().map(x -> PartyMember.<PartyMember>findById(x.memberId).fullName).toList()
                : List.of();
        assert t.status == TeamStatus.PUBLISHED;
        return new PublicResult(t.id, t.unitPath, t.kind, t.basis, t.initiatingLevel, t.decisionNumber,
                t.decisionDate, t.concludedDate, t.publishedDate, t.domains, organisations, members.size(), names,
                t.publicSummary);
    }
}
