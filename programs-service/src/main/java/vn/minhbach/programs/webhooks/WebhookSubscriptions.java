package vn.minhbach.programs.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.programs.changes.FeedScope;

/**
 * Webhook subscriptions ({@code webhook_subscription}, Flyway V40). A subscription belongs to the
 * caller that made it (its token subject, never answered) and delivers what that caller's feed would
 * show: its unit subtree, or an integration client's own submissions.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    public static final String NOT_FOUND = "webhook.not-found";

    /** A subscription as its owner sees it; the secret is never part of it. */
    public record Subscription(UUID id, String targetUrl, List<String> eventTypes, OffsetDateTime createdAt) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Subscription create(String owner, FeedScope scope, String targetUrl, List<String> types, String secretCipher,
            int maxPerOwner) {
        // One owner's subscriptions are counted under its row lock-free advisory lock: no race past the cap.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "webhooks:" + owner)
                .getSingleResult();
        long held = ((Number) em.createNativeQuery("select count(*) from webhook_subscription where owner = ?1")
                .setParameter(1, owner).getSingleResult()).longValue();
        if (held >= maxPerOwner) {
            throw ProblemException.unprocessable("webhook.too-many", maxPerOwner);
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        em.createNativeQuery("insert into webhook_subscription (id, owner, scope_unit, scope_client, target_url,"
                + " event_types, secret_cipher, created_at) values (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), ?7, ?8)")
                .setParameter(1, id).setParameter(2, owner).setParameter(3, scope.unitRoot())
                .setParameter(4, scope.client()).setParameter(5, targetUrl).setParameter(6, String.join(",", types))
                .setParameter(7, secretCipher).setParameter(8, now).executeUpdate();
        return new Subscription(id, targetUrl, List.copyOf(types), now);
    }

    @Transactional
    public List<Subscription> list(String owner) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, target_url, array_to_string(event_types, ','), created_at"
                + " from webhook_subscription where owner = ?1 order by created_at, id").setParameter(1, owner)
                .getResultList();
        return rows.stream().map(WebhookSubscriptions::of).toList();
    }

    /** The owner's subscription, or 404 exactly as for a missing one. */
    @Transactional
    public Subscription own(String owner, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, target_url, array_to_string(event_types, ','), created_at"
                + " from webhook_subscription where owner = ?1 and id = ?2").setParameter(1, owner).setParameter(2, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound(NOT_FOUND, id);
        }
        return of(rows.get(0));
    }

    /** Deletes the owner's subscription and its deliveries; 404 if it is not the owner's. */
    @Transactional
    public void delete(String owner, UUID id) {
        if (em.createNativeQuery("delete from webhook_subscription where owner = ?1 and id = ?2")
                .setParameter(1, owner).setParameter(2, id).executeUpdate() == 0) {
            throw ProblemException.notFound(NOT_FOUND, id);
        }
    }

    private static Subscription of(Object[] r) {
        String types = (String) r[2];
        return new Subscription((UUID) r[0], (String) r[1],
                types == null || types.isEmpty() ? List.of() : Arrays.asList(types.split(",")),
                WebhookDeliveries.toOffset(r[3]));
    }
}
