package vn.minhbach.inspections.service;

import vn.minhbach.chassis.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.Discipline;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.Lead;
import vn.minhbach.inspections.MemberRelation;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.PlanItem;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.Violation;
import vn.minhbach.inspections.messaging.EventTypes;
import vn.minhbach.inspections.messaging.TeamConcluded;
import vn.minhbach.inspections.messaging.TeamDecided;
import vn.minhbach.inspections.messaging.TeamPublished;
import vn.minhbach.inspections.rest.ConclusionRequest;
import vn.minhbach.inspections.rest.DecisionRequest;
import vn.minhbach.inspections.rest.PublishRequest;
import vn.minhbach.inspections.rest.StartRequest;
import vn.minhbach.inspections.rest.TargetRequest;
import vn.minhbach.inspections.rest.TeamRequest;

/** Teams: creation with conflict-of-interest checks, the lifecycle, conclusions and publication. */
@ApplicationScoped
public class TeamService {

    @jakarta.inject.Inject
    vn.minhbach.chassis.units.UnitCheck units;

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    SubjectService subjects;
    @Inject
    BusinessClock dates;

    public Team team(UUID id) {
        Team t = Team.findById(id);
        if (t == null) {
            throw ProblemException.notFound("team.not-found", id);
        }
        caller.requireScope(t.unitPath, "team.not-found", id);
        return t;
    }

    /** Creates a team, DECIDED when the decision is given, else PLANNED; {@code lead} links a team opened from a lead. */
    @Transactional
    public Team create(TeamRequest request, Lead lead) {
        boolean decided = request.decisionNumber() != null && !request.decisionNumber().isBlank();
        if (decided != (request.decisionDate() != null)) {
            throw ProblemException.unprocessable("team.decision-incomplete");
        }
        dates.notInFuture(request.decisionDate(), "decisionDate");
        if (request.periodFrom() != null && request.periodTo() != null
                && request.periodTo().isBefore(request.periodFrom())) {
            throw ProblemException.unprocessable("date.before-previous", "periodTo", request.periodTo(), "periodFrom",
                    request.periodFrom());
        }
        String unit = request.unitPath() != null ? request.unitPath() : caller.unit();
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("unit.outside-scope", unit);
        }
        units.requireRegistered("unitPath", unit, request.decisionDate());
        Team t = new Team();
        t.id = UUID.randomUUID();
        t.unitPath = unit;
        t.kind = request.kind();
        t.basis = request.basis();
        t.initiatingLevel = request.initiatingLevel();
        t.status = TeamStatus.PLANNED;
        t.periodFrom = request.periodFrom();
        t.periodTo = request.periodTo();
        t.domains = new LinkedHashSet<>(request.domains());
        t.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.createdBy = caller.name();
        if (request.planItemId() != null) {
            PlanItem item = PlanItem.findById(request.planItemId());
            InspectionPlan plan = item == null ? null : InspectionPlan.findById(item.planId);
            if (plan == null || !caller.covers(plan.unitPath)) {
                throw ProblemException.unprocessable("plan-item.unknown", request.planItemId());
            }
            if (item.kind != t.kind) {
                throw ProblemException.unprocessable("plan-item.kind-mismatch", item.kind, t.kind);
            }
            t.planItemId = item.id;
        }
        if (lead != null) {
            t.leadId = lead.id;
            t.petitionId = lead.petitionId;
        }
        List<TeamTarget> targets = buildTargets(t, request.targets(), request.decisionDate());
        PartyMember leader = staff(request.leaderMemberId());
        t.leaderMemberId = leader.id;
        Set<UUID> staffIds = new LinkedHashSet<>(request.memberIds() == null ? Set.of() : request.memberIds());
        staffIds.remove(leader.id);
        List<PartyMember> staff = new ArrayList<>(List.of(leader));
        staffIds.forEach(id -> staff.add(staff(id)));
        t.staffMemberIds = staffIds;
        checkConflicts(staff, targets);
        t.persist();
        targets.forEach(target -> target.persist());
        audit.record(caller.name(), "team.created", "team", t.id.toString(), t.unitPath,
                Map.of("kind", t.kind, "basis", t.basis, "targets", targets.size()));
        if (decided) {
            applyDecision(t, request.decisionNumber(), request.decisionDate(), targets);
        }
        return t;
    }

    private PartyMember staff(UUID id) {
        PartyMember m = PartyMember.findById(id);
        if (m == null || !caller.covers(m.unitPath)) {
            throw ProblemException.unprocessable("team.unknown-member", id);
        }
        return m;
    }

    /**
     * The targets of a team; each target's unit (its organisation's or member's) is checked against the
     * registry at the team's decision date like the team's own unit (issue 17.4): a party cell of a ward
     * retired before the decision is 422 naming the successors, field {@code targets[i]}.
     */
    private List<TeamTarget> buildTargets(Team team, List<TargetRequest> requests, java.time.LocalDate decisionDate) {
        List<TeamTarget> targets = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int index = -1;
        for (TargetRequest r : requests) {
            index++;
            if ((r.organisationId() == null) == (r.memberId() == null)) {
                throw ProblemException.unprocessable("team.target-invalid");
            }
            TeamTarget target = new TeamTarget();
            target.id = UUID.randomUUID();
            target.teamId = team.id;
            if (r.organisationId() != null) {
                PartyOrganisation o = PartyOrganisation.findById(r.organisationId());
                if (o == null || !caller.covers(o.unitPath)) {
                    throw ProblemException.unprocessable("team.unknown-target", r.organisationId());
                }
                units.requireRegistered("targets[" + index + "].organisationId", o.unitPath, decisionDate);
                target.targetType = TargetType.ORGANISATION;
                target.organisationId = o.id;
                target.organisationKind = o.kind;
            } else {
                PartyMember m = PartyMember.findById(r.memberId());
                if (m == null || !caller.covers(m.unitPath)) {
                    throw ProblemException.unprocessable("team.unknown-target", r.memberId());
                }
                units.requireRegistered("targets[" + index + "].memberId", m.unitPath, decisionDate);
                target.targetType = TargetType.MEMBER;
                target.memberId = m.id;
                target.standingCommitteeManaged = m.standingCommitteeManaged();
            }
            if (!seen.add(target.subjectId())) {
                throw ProblemException.unprocessable("team.duplicate-target", target.subjectId());
            }
            targets.add(target);
        }
        return targets;
    }

    /**
     * Conflict of interest: nobody who belongs to an inspected organisation (directly or through a
     * cell beneath it), is an inspected member, or declared a relation to one, may sit on the team.
     */
    private void checkConflicts(List<PartyMember> staff, List<TeamTarget> targets) {
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

    @Transactional
    public Team decide(UUID id, DecisionRequest request) {
        Team t = team(id);
        dates.notInFuture(request.decisionDate(), "decisionDate");
        if (t.status != TeamStatus.PLANNED) {
            throw ProblemException.conflict("team.invalid-transition", id, t.status, TeamStatus.DECIDED);
        }
        applyDecision(t, request.decisionNumber(), request.decisionDate(), t.targets());
        return t;
    }

    private void applyDecision(Team t, String number, java.time.LocalDate date, List<TeamTarget> targets) {
        t.moveTo(TeamStatus.DECIDED);
        t.decisionNumber = number;
        t.decisionDate = date;
        audit.record(caller.name(), "team.decided", "team", t.id.toString(), t.unitPath,
                Map.of("decisionNumber", number, "decisionDate", date.toString()));
        List<TeamDecided.Target> payloadTargets = targets.stream()
                .map(x -> new TeamDecided.Target(x.targetType, x.subjectId().toString(),
                        x.organisationKind, x.standingCommitteeManaged))
                .toList();
        outbox.publish("team", t.id.toString(), EventTypes.TEAM_DECIDED, new TeamDecided(t.unitPath, t.id.toString(),
                t.kind, t.basis, t.initiatingLevel, number, date,
                List.copyOf(t.domains), payloadTargets,
                t.leadId == null ? null : t.leadId.toString(), t.petitionId));
    }

    @Transactional
    public Team start(UUID id, StartRequest request) {
        Team t = team(id);
        t.moveTo(TeamStatus.IN_PROGRESS);
        dates.notInFuture(request.startedDate(), "startedDate");
        dates.notBefore(request.startedDate(), "startedDate", t.decisionDate, "decisionDate");
        t.startedDate = request.startedDate();
        audit.record(caller.name(), "team.started", "team", t.id.toString(), t.unitPath,
                Map.of("startedDate", t.startedDate.toString()));
        return t;
    }

    @Transactional
    public Team conclude(UUID id, ConclusionRequest request) {
        Team t = team(id);
        t.moveTo(TeamStatus.CONCLUDED);
        dates.notInFuture(request.concludedDate(), "concludedDate");
        dates.notBefore(request.concludedDate(), "concludedDate", t.startedDate, "startedDate");
        Map<UUID, TeamTarget> targets = new HashMap<>();
        t.targets().forEach(x -> targets.put(x.id, x));
        Set<UUID> concluded = new HashSet<>();
        for (ConclusionRequest.TargetConclusion c : request.targets()) {
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
        if (request.forPublication()) {
            if (request.publicSummary() == null || request.publicSummary().isBlank()) {
                throw ProblemException.unprocessable("conclusion.summary-required");
            }
            if (!request.decisionPublic()) {
                requireRedacted(request.publicSummary(), targets.values());
            }
        }
        List<ConclusionRequest.RecommendationRequest> asked = request.recommendations() == null
                ? List.of() : request.recommendations();
        for (int i = 0; i < asked.size(); i++) {
            // An owner unit outside the inspector's unit, unknown, or retired on the conclusion date: 422.
            units.require("recommendations[" + i + "].ownerUnit", asked.get(i).ownerUnit(), request.concludedDate());
        }
        for (ConclusionRequest.RecommendationRequest r : request.recommendations() == null
                ? List.<ConclusionRequest.RecommendationRequest>of() : request.recommendations()) {
            if (r.targetId() != null && !targets.containsKey(r.targetId())) {
                throw ProblemException.unprocessable("conclusion.unknown-target", r.targetId());
            }
            dates.notBefore(r.dueDate(), "dueDate", request.concludedDate(), "concludedDate");
            Recommendation rec = new Recommendation();
            rec.id = UUID.randomUUID();
            rec.teamId = t.id;
            rec.targetId = r.targetId();
            rec.unitPath = t.unitPath;
            rec.text = r.text();
            rec.ownerUnit = r.ownerUnit();
            rec.dueDate = r.dueDate();
            rec.status = RecommendationStatus.OPEN;
            rec.statusDate = request.concludedDate();
            rec.persist();
        }
        t.concludedDate = request.concludedDate();
        t.conclusionReference = request.conclusionReference();
        t.forPublication = request.forPublication();
        t.decisionPublic = request.decisionPublic();
        t.publicSummary = request.forPublication() ? request.publicSummary() : null;
        audit.record(caller.name(), "team.concluded", "team", t.id.toString(), t.unitPath,
                Map.of("concludedDate", t.concludedDate.toString(), "conclusionReference", t.conclusionReference));
        outbox.publish("team", t.id.toString(), EventTypes.TEAM_CONCLUDED, new TeamConcluded(t.unitPath,
                t.id.toString(), t.concludedDate, t.conclusionReference, t.petitionId));
        return t;
    }

    /** Unless the decision is public, the public summary may not name an inspected member. */
    private static void requireRedacted(String summary, Iterable<TeamTarget> targets) {
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

    @Transactional
    public Team publish(UUID id, PublishRequest request) {
        Team t = team(id);
        t.moveTo(TeamStatus.PUBLISHED);
        if (!t.forPublication) {
            throw ProblemException.unprocessable("team.not-for-publication", id);
        }
        dates.notInFuture(request.publishedDate(), "publishedDate");
        dates.notBefore(request.publishedDate(), "publishedDate", t.concludedDate, "concludedDate");
        t.publishedDate = request.publishedDate();
        audit.record(caller.name(), "team.published", "team", t.id.toString(), t.unitPath,
                Map.of("publishedDate", t.publishedDate.toString()));
        outbox.publish("team", t.id.toString(), EventTypes.TEAM_PUBLISHED,
                new TeamPublished(t.unitPath, t.id.toString(), t.publishedDate));
        return t;
    }
}
