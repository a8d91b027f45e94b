package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.messaging.PetitionEvents;

/**
 * Counts running clocks again after the calendar or a rule was corrected. A clock whose due date moves
 * gets a history entry (old and new date, reason), a {@code petition.deadline-changed} event and
 * fresh deadline notices (the scanner announces the new date); the provisional/official basis is
 * updated in any case. Runs in the transaction of the correction, so the correction and its
 * consequences commit together.
 */
@ApplicationScoped
public class ClockRecomputer {

    public static final String ACTION = "DEADLINE_CHANGED";

    @Inject
    EntityManager em;
    @Inject
    DeadlineRules rules;
    @Inject
    PetitionService petitions;
    @Inject
    PetitionHistory history;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;

    /** Running clocks whose counting window [start, due] touches [from, to]. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int touching(LocalDate from, LocalDate to, String reason) {
        List<Petition> candidates = em.createQuery("select p from Petition p where p.nextDeadline is not null and ("
                + "(p.nextDeadline = ?1 and p.acceptanceStart <= ?3 and p.acceptanceDueDate >= ?2)"
                + " or (p.nextDeadline = ?4 and p.resolutionStart <= ?3 and p.resolutionDueDate >= ?2))", Petition.class)
                .setParameter(1, Deadline.ACCEPTANCE).setParameter(2, from).setParameter(3, to)
                .setParameter(4, Deadline.RESOLUTION).getResultList();
        return recompute(candidates, reason);
    }

    /** Running clocks of a kind, instance and phase (a rule of theirs was created or corrected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int ofRule(PetitionKind kind, int instance, Deadline phase, String reason) {
        List<Petition> candidates = em.createQuery("select p from Petition p where p.nextDeadline = ?1"
                + " and p.kind = ?2 and p.instance = ?3", Petition.class)
                .setParameter(1, phase).setParameter(2, kind).setParameter(3, instance).getResultList();
        return recompute(candidates, reason);
    }

    private int recompute(List<Petition> candidates, String reason) {
        int changed = 0;
        for (Petition p : candidates) {
            Deadline clock = p.nextDeadline;
            LocalDate before = p.nextDueDate;
            Optional<WorkingCalendar.Due> due = clock == Deadline.ACCEPTANCE ? rules.acceptanceDue(p) : rules.resolutionDue(p);
            if (due.isEmpty()) {
                continue;
            }
            // the rule in force on the start day may now be another one (a period closed, a rule added)
            if (clock == Deadline.ACCEPTANCE) {
                p.acceptanceRuleId = rules.acceptanceRule(p).map(r -> r.id).orElse(null);
                p.acceptanceDueDate = due.get().date();
                p.acceptanceDueProvisional = due.get().provisional();
            } else {
                p.resolutionRuleId = rules.resolutionRule(p).map(r -> r.id).orElse(null);
                p.resolutionDueDate = due.get().date();
                p.resolutionDueProvisional = due.get().provisional();
            }
            p.refreshNextDeadline();
            if (before.equals(p.nextDueDate)) {
                continue;
            }
            changed++;
            history.append(p, ACTION, p.status, p.status, petitions.today(), null,
                    clock + " " + before + " -> " + p.nextDueDate + "; " + reason);
            // the notices of the old date no longer hold: the scanner announces the new one
            em.createNativeQuery("delete from deadline_notice where petition_id = ?1 and deadline = ?2")
                    .setParameter(1, p.id).setParameter(2, clock.name()).executeUpdate();
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.DEADLINE_CHANGED,
                    new PetitionEvents.DeadlineChanged(p.unitPath, p.id, clock, before, p.nextDueDate,
                            due.get().provisional(), reason));
            audit.record(caller.isAnonymous() ? "system" : caller.name(), PetitionEvents.DEADLINE_CHANGED, "petition",
                    p.id.toString(), p.unitPath, Map.of("deadline", clock.name(), "from", before.toString(),
                            "to", p.nextDueDate.toString(), "reason", reason));
        }
        return changed;
    }
}
