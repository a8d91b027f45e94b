package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.inspections.Discipline;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.Violation;
import vn.minhbach.inspections.messaging.EventTypes;
import vn.minhbach.inspections.messaging.TeamConcluded;
import vn.minhbach.inspections.service.command.ConclusionCommand;
import vn.minhbach.inspections.service.command.ConclusionCommand.RecommendationCommand;
import vn.minhbach.inspections.service.command.ConclusionCommand.TargetConclusion;

/**
 * The conclusion of a team (kết luận): findings, violation and discipline per target, the public
 * summary when the result is meant for publication, and the recommendations to follow up.
 */
@ApplicationScoped
public class ConclusionService {

    @Inject
    UnitCheck units;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    BusinessClock dates;
    @Inject
    TeamQueries queries;

    /** IN_PROGRESS → CONCLUDED: every target concluded once, the recommendations recorded OPEN. */
    @Transactional
    public Team conclude(UUID id, ConclusionCommand command) {
        Team t = queries.team(id);
        t.moveTo(TeamStatus.CONCLUDED);
        dates.notInFuture(command.concludedDate(), "concludedDate");
        dates.notBefore(command.concludedDate(), "concludedDate", t.startedDate, "startedDate");
        Map<UUID, TeamTarget> targets = new HashMap<>();
        t.targets().forEach(x -> targets.put(x.id, x));
        concludeTargets(command.targets(), targets);
        if (command.forPublication()) {
            if (command.publicSummary() == null || command.publicSummary().isBlank()) {
                throw ProblemException.unprocessable("conclusion.summary-required");
            }
            if (!command.decisionPublic()) {
                requireRedacted(command.publicSummary(), targets.values());
            }
        }
        recordRecommendations(t, command, targets.keySet());
        t.concludedDate = command.concludedDate();
        t.conclusionReference = command.conclusionReference();
        t.forPublication = command.forPublication();
        t.decisionPublic = command.decisionPublic();
        t.publicSummary = command.forPublication() ? command.publicSummary() : null;
        audit.record(caller.name(), "team.concluded", "team", t.id.toString(), t.unitPath,
                Map.of("concludedDate", t.concludedDate.toString(), "conclusionReference", t.conclusionReference));
        outbox.publish("team", t.id.toString(), EventTypes.TEAM_CONCLUDED, new TeamConcluded(t.unitPath,
                t.id.toString(), t.concludedDate, t.conclusionReference, t.petitionId));
        return t;
    }

    /** One conclusion per target of the team, none missing; a discipline needs a violation and must fit the target. */
    private static void concludeTargets(List<TargetConclusion> conclusions, Map<UUID, TeamTarget> targets) {
        Set<UUID> concluded = new HashSet<>();
        for (TargetConclusion c : conclusions) {
            TeamTarget target = targets.get(c.targetId());
            if (target == null || !concluded.add(c.targetId())) {
                throw ProblemException.unprocessable("conclusion.unknown-target", c.targetId());
            }
            Discipline discipline = c.discipline() == null ? Discipline.NONE : c.discipline();
            if (!discipline.appliesTo(target.targetType)) {
                throw ProblemException.unprocessable("conclusion.discipline-not-applicable", discipline,
                        target.targetType);
            }
            if (discipline != Discipline.NONE && c.violation() == Violation.NONE) {
                throw ProblemException.unprocessable("conclusion.discipline-without-violation", c.targetId());
            }
            target.findings = c.findings();
            target.violation = c.violation();
            target.discipline = discipline;
        }
        if (concluded.size() != targets.size()) {
            throw ProblemException.unprocessable("conclusion.targets-missing", targets.size() - concluded.size());
        }
    }

    /** Unless the decision is public, the public summary may not name an inspected member. */
    private static void requireRedacted(String summary, Collection<TeamTarget> targets) {
        String text = summary.toLowerCase(Locale.ROOT);
        for (TeamTarget target : targets) {
            if (target.targetType == TargetType.MEMBER) {
                PartyMember m = PartyMember.findById(target.memberId);
                if (m != null && text.contains(m.fullName.toLowerCase(Locale.ROOT))) {
                    throw ProblemException.unprocessable("conclusion.summary-not-redacted");
                }
            }
        }
    }

    /**
     * The recommendations, OPEN on the conclusion date. An owner unit outside the inspector's unit, unknown,
     * or retired on the conclusion date is 422; so is a recommendation due before the conclusion.
     */
    private void recordRecommendations(Team t, ConclusionCommand command, Set<UUID> targetIds) {
        List<RecommendationCommand> asked = command.recommendations() == null ? List.of() : command.recommendations();
        for (int i = 0; i < asked.size(); i++) {
            units.require("recommendations[" + i + "].ownerUnit", asked.get(i).ownerUnit(), command.concludedDate());
        }
        for (RecommendationCommand r : asked) {
            if (r.targetId() != null && !targetIds.contains(r.targetId())) {
                throw ProblemException.unprocessable("conclusion.unknown-target", r.targetId());
            }
            dates.notBefore(r.dueDate(), "dueDate", command.concludedDate(), "concludedDate");
            Recommendation rec = new Recommendation();
            rec.id = UUID.randomUUID();
            rec.teamId = t.id;
            rec.targetId = r.targetId();
            rec.unitPath = t.unitPath;
            rec.text = r.text();
            rec.ownerUnit = r.ownerUnit();
            rec.dueDate = r.dueDate();
            rec.status = RecommendationStatus.OPEN;
            rec.statusDate = command.concludedDate();
            rec.persist();
        }
    }
}
