package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.inspections.MemberRelation;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.service.command.TargetCommand;

/** Who a new team inspects and who sits on it, with the conflict-of-interest rule between the two. */
@ApplicationScoped
public class TeamComposition {

    @Inject
    UnitCheck units;
    @Inject
    Caller caller;

    /**
     * The targets of a team; each target's unit (its organisation's or member's) is checked against the
     * registry at the team's decision date like the team's own unit (issue 17.4): a party cell of a ward
     * retired before the decision is 422 naming the successors, field {@code targets[i]}.
     */
    List<TeamTarget> targets(Team team, List<TargetCommand> commands, LocalDate decisionDate) {
        List<TeamTarget> targets = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int index = -1;
        for (TargetCommand r : commands) {
            index++;
            if ((r.organisationId() == null) == (r.memberId() == null)) {
                throw ProblemException.unprocessable("team.target-invalid");
            }
            TeamTarget target = new TeamTarget();
            target.id = UUID.randomUUID();
            target.teamId = team.id;
            if (r.organisationId() != null) {
                organisationTarget(target, r.organisationId(), index, decisionDate);
            } else {
                memberTarget(target, r.memberId(), index, decisionDate);
            }
            if (!seen.add(target.subjectId())) {
                throw ProblemException.unprocessable("team.duplicate-target", target.subjectId());
            }
            targets.add(target);
        }
        return targets;
    }

    private void organisationTarget(TeamTarget target, UUID id, int index, LocalDate decisionDate) {
        PartyOrganisation o = PartyOrganisation.findById(id);
        if (o == null || !caller.covers(o.unitPath)) {
            throw ProblemException.unprocessable("team.unknown-target", id);
        }
        units.requireRegistered("targets[" + index + "].organisationId", o.unitPath, decisionDate);
        target.targetType = TargetType.ORGANISATION;
        target.organisationId = o.id;
        target.organisationKind = o.kind;
    }

    private void memberTarget(TeamTarget target, UUID id, int index, LocalDate decisionDate) {
        PartyMember m = PartyMember.findById(id);
        if (m == null || !caller.covers(m.unitPath)) {
            throw ProblemException.unprocessable("team.unknown-target", id);
        }
        units.requireRegistered("targets[" + index + "].memberId", m.unitPath, decisionDate);
        target.targetType = TargetType.MEMBER;
        target.memberId = m.id;
        target.standingCommitteeManaged = m.standingCommitteeManaged();
    }

    /** Sets the team's leader and other members, each of the caller's subtree and without a conflict. */
    void staff(Team team, UUID leaderId, Set<UUID> memberIds, List<TeamTarget> targets) {
        PartyMember leader = staff(leaderId);
        team.leaderMemberId = leader.id;
        Set<UUID> staffIds = new LinkedHashSet<>(memberIds == null ? Set.of() : memberIds);
        staffIds.remove(leader.id);
        List<PartyMember> staff = new ArrayList<>(List.of(leader));
        staffIds.forEach(id -> staff.add(staff(id)));
        team.staffMemberIds = staffIds;
        checkConflicts(staff, targets);
    }

    private PartyMember staff(UUID id) {
        PartyMember m = PartyMember.findById(id);
        if (m == null || !caller.covers(m.unitPath)) {
            throw ProblemException.unprocessable("team.unknown-member", id);
        }
        return m;
    }

    /**
     * Conflict of interest: nobody who belongs to an inspected organisation (directly or through a
     * cell beneath it), is an inspected member, or declared a relation to one, may sit on the team.
     */
    private static void checkConflicts(List<PartyMember> staff, List<TeamTarget> targets) {
        for (PartyMember person : staff) {
            PartyOrganisation own = PartyOrganisation.findById(person.organisationId);
            Set<UUID> belongsTo = own == null ? Set.of() : own.selfAndAncestors();
            for (TeamTarget target : targets) {
                if (target.targetType == TargetType.ORGANISATION && belongsTo.contains(target.organisationId)) {
                    throw ProblemException.unprocessable("team.conflict-organisation", person.id, target.organisationId);
                }
                if (target.targetType == TargetType.MEMBER
                        && (person.id.equals(target.memberId) || MemberRelation.related(person.id, target.memberId))) {
                    throw ProblemException.unprocessable("team.conflict-relation", person.id, target.memberId);
                }
            }
        }
    }
}
