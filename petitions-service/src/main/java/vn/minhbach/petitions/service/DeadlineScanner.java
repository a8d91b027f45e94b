package vn.minhbach.petitions.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.config.PetitionsConfig;
import vn.minhbach.petitions.messaging.PetitionEvents;

/**
 * Emits "deadline approaching" and "overdue" exactly once per petition, clock and threshold: the
 * {@code deadline_notice} primary key decides, so concurrent or repeated scans cannot double an event.
 */
@ApplicationScoped
public class DeadlineScanner {

    public static final String APPROACHING = "APPROACHING";
    public static final String OVERDUE = "OVERDUE";

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    PetitionsConfig config;
    @Inject
    PetitionService petitions;

    @Scheduled(every = "${minhbach.petitions.deadline-scan-every:1h}", delayed = "${minhbach.petitions.deadline-scan-delay:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan(petitions.today());
    }

    /** @return the number of events emitted */
    @Transactional
    public int scan(LocalDate today) {
        int sent = 0;
        // Only petitions not yet notified for their running clock: a replay of past years leaves
        // hundreds overdue, and they must not be re-examined every hour.
        String notYet = " and not exists (select 1 from deadline_notice n where n.petition_id = p.id"
                + " and n.deadline = p.next_deadline and n.threshold = ?3)";
        @SuppressWarnings("unchecked")
        List<Petition> approaching = em.createNativeQuery("select p.* from petition p where p.next_due_date"
                + " between ?1 and ?2" + notYet, Petition.class).setParameter(1, today)
                .setParameter(2, today.plusDays(config.approachingDays())).setParameter(3, APPROACHING)
                .getResultList();
        for (Petition p : approaching) {
            sent += notice(p, APPROACHING, PetitionEvents.DEADLINE_APPROACHING);
        }
        @SuppressWarnings("unchecked")
        List<Petition> overdue = em.createNativeQuery("select p.* from petition p where p.next_due_date < ?1"
                + notYet.replace("?3", "?2"), Petition.class).setParameter(1, today).setParameter(2, OVERDUE)
                .getResultList();
        for (Petition p : overdue) {
            sent += notice(p, OVERDUE, PetitionEvents.OVERDUE);
        }
        return sent;
    }

    private int notice(Petition p, String threshold, String eventType) {
        int inserted = em.createNativeQuery("insert into deadline_notice (petition_id, deadline, threshold, due_date,"
                + " sent_at) values (?1, ?2, ?3, ?4, now()) on conflict do nothing")
                .setParameter(1, p.id).setParameter(2, p.nextDeadline.name()).setParameter(3, threshold)
                .setParameter(4, p.nextDueDate).executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), eventType,
                new PetitionEvents.DeadlineNotice(p.unitPath, p.id, p.nextDeadline, p.nextDueDate));
        audit.record("system", eventType, "petition", p.id.toString(), p.unitPath,
                Map.of("deadline", p.nextDeadline.name(), "dueDate", p.nextDueDate.toString()));
        return 1;
    }
}
