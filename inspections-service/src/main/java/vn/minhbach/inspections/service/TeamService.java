package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.Lead;
import vn.minhbach.inspections.PlanItem;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.messaging.EventTypes;
import vn.minhbach.inspections.messaging.TeamDecided;
import vn.minhbach.inspections.messaging.TeamPublished;
import vn.minhbach.inspections.service.command.DecisionCommand;
import vn.minhbach.inspections.service.command.PublishCommand;
import vn.minhbach.inspections.service.command.StartCommand;
import vn.minhbach.inspections.service.command.TeamCommand;

/**
 * Teams: creation (targets and staff by {@link TeamComposition}) and the lifecycle steps decision, start
 * and publication; the conclusion is {@link ConclusionService}'s.
 */
@ApplicationScoped
public class TeamService {

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
    @Inject
    TeamComposition composition;

    /** Creates a team, DECIDED when the decision is given, else PLANNED; {@code lead} links a team opened from a lead. */
    @Transactional
    public Team create(TeamCommand command, Lead lead) {
        boolean decided = requireDatesInOrder(command);
        Team t = newTeam(command, unitOf(command));
        if (command.planItemId() != null) {
            t.planItemId = planItem(command.planItemId(), t).id;
        }
        if (lead != null) {
            t.leadId = lead.id;
            t.petitionId = lead.petitionId;
        }
        List<TeamTarget> targets = composition.targets(t, command.targets(), command.decisionDate());
        composition.staff(t, command.leaderMemberId(), command.memberIds(), targets);
        t.persist();
        targets.forEach(target -> target.persist());
        audit.record(caller.name(), "team.created", "team", t.id.toString(), t.unitPath,
                Map.of("kind", t.kind, "basis", t.basis, "targets", targets.size()));
        if (decided) {
            applyDecision(t, command.decisionNumber(), command.decisionDate(), targets);
        }
        return t;
    }

    /** A decision number and date come together, the date not in the future; the period ends after it starts. */
    private boolean requireDatesInOrder(TeamCommand command) {
        boolean decided = command.decisionNumber() != null && !command.decisionNumber().isBlank();
        if (decided != (command.decisionDate() != null)) {
            throw ProblemException.unprocessable("team.decision-incomplete");
        }
        dates.notInFuture(command.decisionDate(), "decisionDate");
        if (command.periodFrom() != null && command.periodTo() != null
                && command.periodTo().isBefore(command.periodFrom())) {
            throw ProblemException.unprocessable("date.before-previous", "periodTo", command.periodTo(), "periodFrom",
                    command.periodFrom());
        }
        return decided;
    }

    /** The team's unit (the caller's by default): in the caller's subtree and registered on the decision date. */
    private String unitOf(TeamCommand command) {
        String unit = command.unitPath() != null ? command.unitPath() : caller.unit();
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("unit.outside-scope", unit);
        }
        units.requireRegistered("unitPath", unit, command.decisionDate());
        return unit;
    }

    private Team newTeam(TeamCommand command, String unit) {
        Team t = new Team();
        t.id = UUID.randomUUID();
        t.unitPath = unit;
        t.kind = command.kind();
        t.basis = command.basis();
        t.initiatingLevel = command.initiatingLevel();
        t.status = TeamStatus.PLANNED;
        t.periodFrom = command.periodFrom();
        t.periodTo = command.periodTo();
        t.domains = new LinkedHashSet<>(command.domains());
        t.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.createdBy = caller.name();
        return t;
    }

    /** The planned item the team carries out: of a plan in the caller's subtree, and of the team's kind. */
    private PlanItem planItem(UUID id, Team t) {
        PlanItem item = PlanItem.findById(id);
        InspectionPlan plan = item == null ? null : InspectionPlan.findById(item.planId);
        if (plan == null || !caller.covers(plan.unitPath)) {
            throw ProblemException.unprocessable("plan-item.unknown", id);
        }
        if (item.kind != t.kind) {
            throw ProblemException.unprocessable("plan-item.kind-mismatch", item.kind, t.kind);
        }
        return item;
    }

    @Transactional
    public Team decide(UUID id, DecisionCommand command) {
        Team t = queries.team(id);
        dates.notInFuture(command.decisionDate(), "decisionDate");
        if (t.status != TeamStatus.PLANNED) {
            throw ProblemException.conflict("team.invalid-transition", id, t.status, TeamStatus.DECIDED);
        }
        applyDecision(t, command.decisionNumber(), command.decisionDate(), t.targets());
        return t;
    }

    private void applyDecision(Team t, String number, LocalDate date, List<TeamTarget> targets) {
        t.moveTo(TeamStatus.DECIDED);
        t.decisionNumber = number;
        t.decisionDate = date;
        audit.record(caller.name(), "team.decided", "team", t.id.toString(), t.unitPath,
                Map.of("decisionNumber", number, "decisionDate", date.toString()));
        outbox.publish("team", t.id.toString(), EventTypes.TEAM_DECIDED, TeamDecided.of(t, targets));
    }

    @Transactional
    public Team start(UUID id, StartCommand command) {
        Team t = queries.team(id);
        t.moveTo(TeamStatus.IN_PROGRESS);
        dates.notInFuture(command.startedDate(), "startedDate");
        dates.notBefore(command.startedDate(), "startedDate", t.decisionDate, "decisionDate");
        t.startedDate = command.startedDate();
        audit.record(caller.name(), "team.started", "team", t.id.toString(), t.unitPath,
                Map.of("startedDate", t.startedDate.toString()));
        return t;
    }

    @Transactional
    public Team publish(UUID id, PublishCommand command) {
        Team t = queries.team(id);
        t.moveTo(TeamStatus.PUBLISHED);
        if (!t.forPublication) {
            throw ProblemException.unprocessable("team.not-for-publication", id);
        }
        dates.notInFuture(command.publishedDate(), "publishedDate");
        dates.notBefore(command.publishedDate(), "publishedDate", t.concludedDate, "concludedDate");
        t.publishedDate = command.publishedDate();
        audit.record(caller.name(), "team.published", "team", t.id.toString(), t.unitPath,
                Map.of("publishedDate", t.publishedDate.toString()));
        outbox.publish("team", t.id.toString(), EventTypes.TEAM_PUBLISHED,
                new TeamPublished(t.unitPath, t.id.toString(), t.publishedDate));
        return t;
    }
}
