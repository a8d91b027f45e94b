package vn.minhbach.chassis.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.inbox.Inbox;

/**
 * An event in hand when the application stops must reach the partition's next owner, not the
 * dead-letter topic: rolling updates and scale-downs happen every week. The message is neither acked
 * (its offset would be committed) nor nacked (the dead-letter strategy would take it).
 */
@QuarkusTest
class StoppingConsumerTest {

    static final String CONSUMER = "chassis-stopping-test";

    @Inject
    Inbox inbox;

    @Inject
    AgroalDataSource dataSource;

    final AtomicInteger acks = new AtomicInteger();
    final AtomicInteger nacks = new AtomicInteger();

    @AfterEach
    void running() {
        TransientFailures.stopping = false;
    }

    private Message<String> message(String eventId) {
        String value = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"/minhbach/other-service\","
                + "\"type\":\"test.thing\",\"subject\":\"s\",\"time\":\"" + OffsetDateTime.now()
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"unitPath\":\"01.021\"}}";
        return Message.of(value, () -> {
            acks.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            nacks.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        });
    }

    private long recorded(String eventId) throws Exception {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select count(*) from processed_event where consumer = ? and event_id = ?")) {
            s.setString(1, CONSUMER);
            s.setString(2, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anEventFailingWhileTheApplicationStopsIsLeftForRedeliveryNotDeadLettered() throws Exception {
        String id = UUID.randomUUID().toString();
        TransientFailures.stopping = true;
        inbox.handle(CONSUMER, message(id), event -> {
            throw new IllegalStateException("EntityManagerFactory is closed");
        }).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertEquals(0, nacks.get(), "nacked: the dead-letter strategy would have taken a good event");
        assertEquals(0, acks.get(), "acked: its offset would be committed and the event lost");
        assertEquals(0, recorded(id), "the failed attempt is rolled back, so the next owner applies it");

        // The next owner (here: the same inbox, running again) applies it, once however often it comes.
        TransientFailures.stopping = false;
        inbox.handle(CONSUMER, message(id), event -> { }).toCompletableFuture().get(10, TimeUnit.SECONDS);
        inbox.handle(CONSUMER, message(id), event -> { }).toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(2, acks.get());
        assertEquals(0, nacks.get());
        assertEquals(1, recorded(id));
    }

    @Test
    void anEventThatCannotBeAppliedWhileRunningIsNackedForTheDeadLetterTopic() throws Exception {
        String id = UUID.randomUUID().toString();
        AtomicInteger attempts = new AtomicInteger();
        inbox.handle(CONSUMER, message(id), event -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("this event can never be applied");
        }).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertEquals(1, nacks.get());
        assertEquals(0, acks.get());
        assertTrue(attempts.get() >= 2, "retried before giving up: " + attempts.get());
        assertEquals(0, recorded(id));
    }
}
