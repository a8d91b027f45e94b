package vn.minhbach.chassis.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.failure.TransientFailures;
import vn.minhbach.chassis.outbox.CloudEvent;

/**
 * Idempotent consumer. Records {@code (consumer, event id)} in {@code processed_event} in the same
 * transaction as the event's effect: a redelivered event finds its row and has no second effect, and
 * an effect that fails rolls the record back so the event is tried again.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final AgroalDataSource dataSource;
    private final CloudEvents cloudEvents;
    private final int maxAttempts;
    private final long retryDelayMillis;

    Inbox(AgroalDataSource dataSource, CloudEvents cloudEvents,
            @ConfigProperty(name = "minhbach.inbox.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "minhbach.inbox.retry-delay-millis", defaultValue = "200") long retryDelayMillis) {
        this.dataSource = dataSource;
        this.cloudEvents = cloudEvents;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.retryDelayMillis = Math.max(0, retryDelayMillis);
    }

    /**
     * The whole consumer pattern for one Kafka record: parse its value as a CloudEvent, then apply
     * {@code effect} exactly once, each attempt in its own new transaction together with the
     * {@code processed_event} record, and settle the message:
     * <ul>
     * <li>applied, or a duplicate: acked (its offset may be committed);</li>
     * <li>the effect still fails after {@code minhbach.inbox.max-attempts} attempts (delay doubling from
     * {@code minhbach.inbox.retry-delay-millis}), or the value is not a CloudEvent: nacked, and the
     * channel's {@code dead-letter-queue} failure strategy sends it, with its key and the reason, to the
     * dead-letter topic so the consumer moves on;</li>
     * <li>the database is down: waits for it, however long, because the event is not at fault;</li>
     * <li>the application is stopping: neither acked nor nacked. Its offset is not committed, so the
     * partition's next owner receives it again and the inbox keeps that delivery to one effect.
     * Nacking here would dead-letter a good event: a failure while stopping (a closed
     * EntityManagerFactory, an interrupted wait) says nothing about the event.</li>
     * </ul>
     * <p>Call it from an {@code @Incoming @Blocking} method that takes the {@code Message<String>} and
     * returns this stage, and is <em>not</em> {@code @Transactional}.
     */
    public CompletionStage<Void> handle(String consumer, Message<String> message, Consumer<CloudEvent> effect) {
        try {
            apply(consumer, message.getPayload(), effect);
            return message.ack();
        } catch (LeftForRedelivery e) {
            LOG.infof("%s is stopping: event %s is left for redelivery (%s)", consumer, e.eventId, e.getCause());
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return message.nack(e);
        }
    }

    /**
     * Applies one event value (see {@link #handle(String, Message, Consumer)}).
     *
     * @return true when the effect ran, false for a duplicate
     * @throws CloudEvents.MalformedEventException for a value that is not a CloudEvent
     * @throws LeftForRedelivery when the application stops before the event could be applied
     * @throws RuntimeException the effect's last failure after the bounded retries
     */
    boolean apply(String consumer, String value, Consumer<CloudEvent> effect) {
        CloudEvent event = cloudEvents.parse(value);
        long delay = retryDelayMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                // the effect works in the event's trace: the events it writes continue it
                return vn.minhbach.chassis.outbox.TraceContext.within(event.traceparent(),
                        () -> QuarkusTransaction.requiringNew().call(() -> processOnce(consumer, event, effect)));
            } catch (RuntimeException e) {
                if (TransientFailures.stopping()) {
                    throw new LeftForRedelivery(event.id(), e);
                }
                if (TransientFailures.isTransient(e)) {
                    // The database, not the event, failed: wait for it rather than dead-letter a good event.
                    LOG.warnf("%s: event %s waits for the database: %s", consumer, event.id(), e.toString());
                    sleep(event, delay, e);
                    delay = Math.min(delay * 2, 10_000);
                    attempt--;
                    continue;
                }
                if (attempt >= maxAttempts || e instanceof CloudEvents.MalformedEventException) {
                    LOG.errorf("%s gives up event %s (%s) after %d attempt(s): %s; it goes to the dead-letter topic",
                            consumer, event.id(), event.type(), attempt, e.toString());
                    throw e;
                }
                LOG.warnf("%s: event %s failed (attempt %d of %d): %s", consumer, event.id(), attempt,
                        maxAttempts, e.toString());
                sleep(event, delay, e);
                delay = Math.min(delay * 2, 10_000);
            }
        }
    }

    /** The application stopped while an event was in hand: leave it for the partition's next owner. */
    public static final class LeftForRedelivery extends RuntimeException {
        final String eventId;

        LeftForRedelivery(String eventId, Throwable cause) {
            super("stopping: event " + eventId + " is left for redelivery", cause);
            this.eventId = eventId;
        }
    }

    private static void sleep(CloudEvent event, long millis, RuntimeException failure) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // Only a stopping application interrupts its consumer threads.
            Thread.currentThread().interrupt();
            throw new LeftForRedelivery(event.id(), failure);
        }
    }

    /**
     * Applies {@code effect} unless this consumer has already processed the event.
     *
     * @return true when the effect ran, false for a duplicate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean processOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        String sql = "insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing";
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(sql)) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + event.id() + " for " + consumer, e);
        }
        effect.accept(event);
        return true;
    }
}
