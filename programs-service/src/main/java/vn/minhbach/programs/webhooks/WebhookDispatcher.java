package vn.minhbach.programs.webhooks;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.failure.TransientFailures;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.programs.changes.ChangeStore;

/**
 * Delivers queued events to their subscriptions' targets (issue 19.3): CloudEvents in structured mode
 * ({@code application/cloudevents+json}, the same stripped event the feed serves), signed the
 * Standard Webhooks way, at least once. A 2xx answer delivers; anything else (an error status, a
 * redirect, a time-out, a refused target) is retried after {@code initial-backoff} doubling up to
 * {@code max-backoff}, until {@code park-after} has passed since it was queued: then it is parked.
 * Deliveries are taken with {@code for update skip locked} under a lease, so several instances share
 * the work and an instance that dies mid-attempt leaves the delivery to be tried again.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    WebhooksConfig config;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    ChangeStore changes;
    @Inject
    SecretCipher cipher;

    private HttpClient http;
    private TargetPolicy policy;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        policy = new TargetPolicy(config.allowedHosts().orElse(List.of()), config.allowPrivateAddresses(),
                config.allowHttp(), InetAddress::getAllByName);
    }

    public TargetPolicy policy() {
        return policy;
    }

    @Scheduled(every = "${minhbach.webhooks.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (!cipher.enabled()) {
            return;
        }
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            if (!TransientFailures.isTransient(e) && !TransientFailures.stopping()) {
                LOG.errorf("webhook dispatch round failed: %s", e.toString());
            }
        }
    }

    /** One round: takes the due deliveries and attempts each; returns how many were attempted. */
    public int dispatchDue() {
        List<WebhookDeliveries.Taken> taken = deliveries.take(config.batchSize(), config.lease());
        for (WebhookDeliveries.Taken t : taken) {
            attempt(t);
        }
        return taken.size();
    }

    private void attempt(WebhookDeliveries.Taken t) {
        Integer status = null;
        String error;
        try {
            URI target = policy.check(t.targetUrl());
            HttpResponse<Void> response = http.send(signedRequest(t, target), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                deliveries.delivered(t.id(), status);
                return;
            }
            error = "HTTP " + status;
        } catch (ProblemException e) {
            error = "target refused";
        } catch (java.net.http.HttpTimeoutException e) {
            error = "timed out";
        } catch (java.io.IOException e) {
            error = "connection failed: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // stopping: the lease runs out and the delivery is tried again
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e) || TransientFailures.stopping()) {
                throw e; // the database, not the target: the lease runs out and the delivery is tried again
            }
            error = "not sent: " + e.getClass().getSimpleName(); // e.g. a secret the current key cannot read
        }
        boolean park = !OffsetDateTime.now().isBefore(t.queuedAt().plus(config.parkAfter()));
        deliveries.failed(t.id(), status, error, backoff(t.attempts(), config.initialBackoff(), config.maxBackoff()), park);
        if (park) {
            LOG.warnf("webhook delivery %s parked after %d attempts (%s)", t.id(), t.attempts(), error);
        }
    }

    /** The change's event as a signed POST to {@code target} (Standard Webhooks headers). */
    private HttpRequest signedRequest(WebhookDeliveries.Taken t, URI target) {
        String body = changes.eventJson(t.changeSeq());
        String id = t.id().toString();
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = WebhookSignature.sign(WebhookSignature.key(cipher.decrypt(t.secretCipher())), id,
                timestamp, body);
        return HttpRequest.newBuilder(target).timeout(config.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "minhbach-webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Wait after the {@code attempts}-th failure: initial × 2^(attempts−1), at most max. */
    static Duration backoff(int attempts, Duration initial, Duration max) {
        int shift = Math.max(0, Math.min(attempts - 1, 30));
        Duration d = initial.multipliedBy(1L << shift);
        return d.compareTo(max) > 0 ? max : d;
    }
}
