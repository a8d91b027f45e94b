package vn.minhbach.chassis.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.scope.DatabaseScope;

/**
 * Anchors the head of the audit chain outside the database: every {@code minhbach.audit.anchor-interval}
 * the verified head ({@code seq}, {@code hash}, key id) is published as the event
 * {@code audit.head-anchored} through the outbox (so it reaches Kafka and whatever archives the topic)
 * and written to the log. Whoever later deletes the newest entries, or rebuilds the chain, is caught by
 * {@code GET /api/v1/audit/<service>/verification?anchorSeq=…&anchorHash=…} with a published anchor.
 */
@ApplicationScoped
public class AuditAnchor {

    private static final Logger LOG = Logger.getLogger(AuditAnchor.class);
    public static final String EVENT_TYPE = "audit.head-anchored";

    @Inject
    AuditSealer sealer;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "minhbach")
    String service;

    private volatile Long lastAnchored;

    /** The anchored head (the event's data). */
    public record Head(String service, long headSeq, String headHash, String keyId, Instant anchoredAt) {
    }

    @Scheduled(every = "${minhbach.audit.anchor-interval:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            anchorNow(false);
        } catch (RuntimeException e) {
            LOG.warnf("Audit anchoring failed, will retry: %s", e.toString());
        }
    }

    /**
     * Seals, verifies and publishes the head. Nothing is published when the chain is empty, broken
     * (logged as an error: an anchor must never vouch for a tampered chain), or, unless {@code always},
     * unchanged since this instance's last anchor.
     */
    public Head anchorNow(boolean always) {
        sealer.sealNow();
        AuditVerification v = sealer.verify();
        if (!v.ok()) {
            LOG.errorf("Audit chain of %s is broken at seq %d (%s: %s); no anchor published", service,
                    v.firstBrokenSeq(), v.problem(), v.detail());
            return null;
        }
        if (v.headSeq() == null || (!always && v.headSeq().equals(lastAnchored))) {
            return null;
        }
        Head head = new Head(service, v.headSeq(), v.headHash(), v.headKeyId(), Instant.now());
        DatabaseScope.asSystem(() -> {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish("audit-log", service, EVENT_TYPE, head));
            return null;
        });
        lastAnchored = v.headSeq();
        LOG.infof("Audit head anchored: service=%s seq=%d hash=%s key=%s", service, head.headSeq(), head.headHash(),
                head.keyId());
        return head;
    }
}
