package vn.minhbach.programs.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.minhbach.programs.changes.ChangeStore;

/**
 * The deliveries of events to subscriptions ({@code webhook_delivery}, Flyway V40): queued with the
 * event (one per matching subscription, never twice: unique per subscription and event), taken by the
 * dispatcher under a lease, then DELIVERED, retried with backoff, or PARKED.
 */
@ApplicationScoped
public class WebhookDeliveries {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String PARKED = "PARKED";

    /** A delivery taken for one attempt. */
    public record Taken(UUID id, UUID subscriptionId, long changeSeq, int attempts, OffsetDateTime queuedAt,
            String targetUrl, String secretCipher) {
    }

    /** One delivery as its subscriber sees it. */
    public record DeliveryView(UUID id, String eventId, String eventType, String status, int attempts,
            Integer lastStatus, String lastError, OffsetDateTime queuedAt, OffsetDateTime lastAttemptAt,
            OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt) {
    }

    @Inject
    EntityManager em;

    /** Queues the appended event for every subscription whose scope and types match it (in the consumer's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(ChangeStore.Appended event) {
        return em.createNativeQuery("insert into webhook_delivery (id, subscription_id, change_seq, status, attempts,"
                + " queued_at, next_attempt_at) select gen_random_uuid(), s.id, ?1, 'PENDING', 0, now(), now()"
                + " from webhook_subscription s where (cardinality(s.event_types) = 0 or ?2 = any(s.event_types))"
                + " and ((s.scope_unit is not null and (?3 = s.scope_unit or ?3 like s.scope_unit || '.%'))"
                + " or (s.scope_client is not null and s.scope_client = ?4))"
                + " on conflict (subscription_id, change_seq) do nothing")
                .setParameter(1, event.seq()).setParameter(2, event.type())
                .setParameter(3, event.unitPath() == null ? "" : event.unitPath())
                .setParameter(4, event.client() == null ? "" : event.client()).executeUpdate();
    }

    /**
     * Takes up to {@code limit} due deliveries: rows locked by another instance are skipped, and each
     * taken row is leased (not due again before {@code lease}) with its attempt counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Taken> take(int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with due as (select id from webhook_delivery"
                + " where status = 'PENDING' and next_attempt_at <= now() order by next_attempt_at limit ?1"
                + " for update skip locked)"
                + " update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = now(),"
                + " next_attempt_at = now() + make_interval(secs => ?2)"
                + " from due, webhook_subscription s where d.id = due.id and s.id = d.subscription_id"
                + " returning d.id, d.subscription_id, d.change_seq, d.attempts, d.queued_at, s.target_url, s.secret_cipher")
                .setParameter(1, limit).setParameter(2, lease.toMillis() / 1000.0).getResultList();
        return rows.stream().map(r -> new Taken((UUID) r[0], (UUID) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).intValue(), toOffset(r[4]), (String) r[5], (String) r[6])).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(UUID id, int status) {
        em.createNativeQuery("update webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_status = ?2,"
                + " last_error = null where id = ?1 and status = 'PENDING'").setParameter(1, id).setParameter(2, status)
                .executeUpdate();
    }

    /** A failed attempt: retried after {@code backoff}, or parked when {@code park} (its window is over). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, Integer status, String error, Duration backoff, boolean park) {
        em.createNativeQuery("update webhook_delivery set last_status = ?2, last_error = ?3,"
                + " status = case when ?4 then 'PARKED' else status end,"
                + " next_attempt_at = now() + make_interval(secs => ?5) where id = ?1 and status = 'PENDING'")
                .setParameter(1, id).setParameter(2, status).setParameter(3, error)
                .setParameter(4, park).setParameter(5, backoff.toMillis() / 1000.0).executeUpdate();
    }

    @Transactional
    public List<DeliveryView> list(UUID subscriptionId, String status, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_VIEW + " where d.subscription_id = ?1 and d.status = ?2"
                + " order by d.queued_at, d.change_seq offset ?3 limit ?4")
                .setParameter(1, subscriptionId).setParameter(2, status).setParameter(3, (long) page * size)
                .setParameter(4, size).getResultList();
        return rows.stream().map(WebhookDeliveries::view).toList();
    }

    @Transactional
    public long count(UUID subscriptionId, String status) {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1"
                + " and status = ?2").setParameter(1, subscriptionId).setParameter(2, status).getSingleResult()).longValue();
    }

    /** One delivery of the subscription, or null. */
    @Transactional
    public DeliveryView find(UUID subscriptionId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_VIEW + " where d.subscription_id = ?1 and d.id = ?2")
                .setParameter(1, subscriptionId).setParameter(2, id).getResultList();
        return rows.isEmpty() ? null : view(rows.get(0));
    }

    /** Queues a parked (or delivered) delivery again, with a new window of attempts. */
    @Transactional
    public boolean redeliver(UUID subscriptionId, UUID id) {
        return em.createNativeQuery("update webhook_delivery set status = 'PENDING', attempts = 0, queued_at = now(),"
                + " next_attempt_at = now(), delivered_at = null where subscription_id = ?1 and id = ?2"
                + " and status <> 'PENDING'").setParameter(1, subscriptionId).setParameter(2, id).executeUpdate() == 1;
    }

    private static final String SELECT_VIEW = "select d.id, e.event_id, e.type, d.status, d.attempts, d.last_status,"
            + " d.last_error, d.queued_at, d.last_attempt_at, d.next_attempt_at, d.delivered_at"
            + " from webhook_delivery d join change_event e on e.seq = d.change_seq";

    private static DeliveryView view(Object[] r) {
        return new DeliveryView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6], toOffset(r[7]), toOffset(r[8]),
                PENDING.equals(r[3]) ? toOffset(r[9]) : null, toOffset(r[10]));
    }

    static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
