package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.petitions.Action;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.Step;
import vn.minhbach.petitions.messaging.PetitionEvents;

/**
 * The petition workflow: loads a petition in the caller's scope, takes each step of the state machine
 * ({@link Action}) the same way (history, audit, event, what follows), and hands open petitions over to a
 * successor unit. Intake, files, additions, extensions, links and the register live beside it.
 */
@ApplicationScoped
public class PetitionService {

    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    DeadlineRules rules;
    @Inject
    WorkingCalendar calendar;
    @Inject
    EntityManager em;
    @Inject
    BusinessClock clock;
    @Inject
    PetitionHistory history;

    public static final String NOT_FOUND = "petition.not-found";

    /** Today in Hà Nội: the chassis' one clock. */
    public LocalDate today() {
        return clock.today();
    }

    /** Loads a petition the caller may see, or 404 exactly as for a missing one. */
    public Petition scoped(UUID id) {
        return caller.inScope(Petition.<Petition>findById(id), p -> p.unitPath, NOT_FOUND, id);
    }

    /** One step of the state machine (see {@link Action}): moves, records, announces. */
    @Transactional
    public Petition transition(UUID id, Step step) {
        return move(scoped(id), step);
    }

    /**
     * A step the petitioner takes themselves (issue 20, point 3), from the account or with the receipt
     * code: withdrawing ({@code WITHDRAW}) or appealing a first-instance complaint decision
     * ({@code APPEAL}, the second instance). Dated today; the same state machine, history, audit and
     * event as an official's step. The caller has already proven the petition is theirs.
     */
    @Transactional
    public Petition petitionerStep(Petition p, Action action, String documentReference, String reason) {
        if (action != Action.WITHDRAW && action != Action.APPEAL) {
            throw ProblemException.unprocessable("petition.action.not-for-petitioner", action);
        }
        return move(p, Step.of(action, today(), documentReference, reason));
    }

    /** Every action runs the same way: the action takes the step, then history, audit, event, what follows. */
    private Petition move(Petition p, Step s) {
        Action action = s.action();
        Action.Moved m = action.take(p, s, effects);
        history.append(p, action.name(), m.from(), p.status, s.effectiveDate(), s.documentReference(), action.note(s));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", m.from().name());
        details.put("to", p.status.name());
        details.put("effectiveDate", s.effectiveDate().toString());
        details.put("documentReference", s.documentReference());
        audit.record(caller.name(), "petition." + action.name().toLowerCase(), "petition", p.id.toString(),
                p.unitPath, details);
        action.announce(p, s, m, effects);
        action.afterwards(p, s, m, effects);
        return p;
    }

    /** What the workflow's actions need from this service: clocks, the business date, events. */
    private final Action.Effects effects = new Action.Effects() {
        @Override
        public void requireNotInFuture(LocalDate effectiveDate) {
            clock.notInFuture(effectiveDate, "effectiveDate");
        }

        @Override
        public void startResolution(Petition p, LocalDate accepted) {
            rules.startResolution(p, accepted);
        }

        @Override
        public void startAcceptance(Petition p, LocalDate received) {
            rules.startAcceptance(p, received);
        }

        @Override
        public void resume(Petition p, LocalDate suspendedSince, LocalDate resumed) {
            PetitionService.this.resume(p, suspendedSince, resumed);
        }

        @Override
        public void resolutionClockMoved(Petition p, LocalDate dueBefore, String reason, Step s) {
            history.append(p, ClockRecomputer.ACTION, p.status, p.status, s.effectiveDate(), s.documentReference(),
                    Deadline.RESOLUTION + " " + dueBefore + " -> " + p.resolutionDueDate + "; " + reason);
            // the notices of the old date no longer hold: the scanner announces the new one
            em.createNativeQuery("delete from deadline_notice where petition_id = ?1 and deadline = ?2")
                    .setParameter(1, p.id).setParameter(2, Deadline.RESOLUTION.name()).executeUpdate();
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.DEADLINE_CHANGED,
                    new PetitionEvents.DeadlineChanged(p.unitPath, p.id, Deadline.RESOLUTION, dueBefore,
                            p.resolutionDueDate, p.resolutionDueProvisional, reason));
            audit.record(caller.name(), PetitionEvents.DEADLINE_CHANGED, "petition", p.id.toString(), p.unitPath,
                    Map.of("deadline", Deadline.RESOLUTION.name(), "from", dueBefore.toString(),
                            "to", p.resolutionDueDate.toString(), "reason", reason));
        }

        @Override
        public void accepted(Petition p, PetitionStatus from, LocalDate date) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.ACCEPTED,
                    new PetitionEvents.Accepted(p.unitPath, p.id, from, p.status, date,
                            p.acceptanceDueDate, p.resolutionDueDate));
        }

        @Override
        public void transferred(Petition p, PetitionStatus from, LocalDate date, String toAgency) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.TRANSFERRED,
                    new PetitionEvents.Transferred(p.unitPath, p.id, from, p.status, date, toAgency));
        }

        @Override
        public void resolved(Petition p, PetitionStatus from, LocalDate date) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.RESOLVED,
                    new PetitionEvents.Resolved(p.unitPath, p.id, from, p.status, date, p.outcome, p.onTime));
        }

        @Override
        public void statusChanged(Petition p, PetitionStatus from, LocalDate date) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.STATUS_CHANGED,
                    new PetitionEvents.StatusChanged(p.unitPath, p.id, from, p.status, date));
        }
    };

    /**
     * Tiếp tục giải quyết: the suspended time is not counted in the resolution period (Luật 136/2025/QH15,
     * Luật Khiếu nại Đ.11a), so the resolution clock is counted again with the days of the suspension
     * added, in the unit its limit is counted in (the complaint rules' {@code countUnit}: working days,
     * see the interpretations): the days counted of (suspended, resumed].
     */
    private void resume(Petition p, LocalDate since, LocalDate resumed) {
        Optional<DeadlineRule> rule = rules.resolutionRule(p);
        if (since == null || rule.isEmpty() || p.resolutionDueDate == null) {
            return;
        }
        int paused = calendar.countedBetween(since, resumed, rule.get().countUnit);
        p.suspendedDays += paused;
        if (p.extensionDays == null) {
            // a clock extended before extension days were kept: counted on from its due date
            p.resolutionDueDate = calendar.addDays(p.resolutionDueDate, paused, rule.get().countUnit);
            return;
        }
        WorkingCalendar.Due due = rules.resolutionDue(p).orElseThrow();
        p.resolutionDueDate = due.date();
        p.resolutionDueProvisional = due.provisional();
    }

    static String prefix(String fact, String note) {
        return note == null || note.isBlank() ? fact : fact + "; " + note;
    }

    /**
     * {@code unit.succession}: the open petitions (not settled) of a retired unit and of the units below
     * it go to its successor, each with a history entry, an audit entry and {@code petition.reassigned}.
     * Runs in the consumer's transaction (no request: the actor is {@code system}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int handOver(String from, String to, LocalDate effectiveDate, String requestedBy) {
        List<Petition> open = Petition.list("(unitPath = ?1 or unitPath like ?2) and status not in ?3 order by id",
                from, vn.minhbach.chassis.security.UnitPath.descendantsPattern(from), PetitionStatus.SETTLED);
        for (Petition p : open) {
            String old = p.unitPath;
            p.unitPath = to;
            history.append(p, "HAND_OVER", p.status, p.status, effectiveDate, null, old + " → " + to, "system");
            audit.record("system", "petition.reassigned", "petition", p.id.toString(), to,
                    Map.of("from", old, "to", to, "requestedBy", String.valueOf(requestedBy)));
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.REASSIGNED,
                    new PetitionEvents.Reassigned(to, p.id, old, to, effectiveDate));
        }
        return open.size();
    }
}
