package vn.minhbach.chassis.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.app.TestConsumer;
import vn.minhbach.testing.Topics;

/** A real @Incoming consumer using Inbox.handle, fed through the in-JVM broker. */
@QuarkusTest
class IdempotentConsumerTest {

    static final String TOPIC = "minhbach.chassis-test.in";
    static final String DLQ = "minhbach.chassis-test.in.dlq.chassis-test";

    @Inject
    AgroalDataSource dataSource;

    private static String event(String id, String type, String subject) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/minhbach/other-service\",\"type\":\""
                + type + "\",\"subject\":\"" + subject + "\",\"time\":\"" + OffsetDateTime.now()
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"unitPath\":\"01.021\"}}";
    }

    private long effects(String eventId) throws Exception {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select count(*) from consumed_effect where event_id = ?")) {
            s.setString(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void awaitEffect(String eventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (effects(eventId) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void duplicateHasOneEffectAndPoisonGoesToTheDeadLetterTopicWithoutStallingTheConsumer() throws Exception {
        String subject = "agg-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        String malformed = "not a cloud event " + UUID.randomUUID();
        int poisonAttemptsBefore = TestConsumer.POISON_ATTEMPTS.get();

        // one producer, one key: the six arrive in this order
        Topics.send(List.of(
                new String[] {TOPIC, subject, event(first, "test.thing", subject)},
                new String[] {TOPIC, subject, event(first, "test.thing", subject)},
                new String[] {TOPIC, subject, event(poison, "test.poison", subject)},
                new String[] {TOPIC, subject, malformed},
                new String[] {TOPIC, subject, event(after, "test.thing", subject)},
                new String[] {TOPIC, subject, event(first, "test.thing", subject)}));

        awaitEffect(after);
        assertEquals(1, effects(after), "the event after the poison is processed");
        assertEquals(1, effects(first), "three deliveries of one event, one effect");
        assertEquals(0, effects(poison), "a failing effect rolls back");
        assertEquals(3, TestConsumer.POISON_ATTEMPTS.get() - poisonAttemptsBefore,
                "the poison event is tried a bounded number of times");

        var dead = Topics.readRecords(DLQ, all -> all.stream().anyMatch(r -> r.value().contains(poison))
                && all.stream().anyMatch(r -> r.value().equals(malformed)), Duration.ofSeconds(30));
        assertTrue(dead.stream().anyMatch(r -> r.value().contains(poison)), "poison event in the DLQ");
        assertTrue(dead.stream().anyMatch(r -> r.value().equals(malformed)), "malformed value in the DLQ");
        assertTrue(dead.stream().noneMatch(r -> r.value().contains(after)), "good events stay out of the DLQ");
        var poisonRecord = dead.stream().filter(r -> r.value().contains(poison)).findFirst().orElseThrow();
        assertEquals(subject, poisonRecord.key(), "the DLQ record keeps its key");
        assertTrue(poisonRecord.headers().lastHeader("dead-letter-reason") != null,
                "the reason travels with the dead letter");
        List<String> recorded;
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select event_id from processed_event where consumer = ? and event_id in (?, ?, ?)")) {
            s.setString(1, TestConsumer.NAME);
            s.setString(2, first);
            s.setString(3, poison);
            s.setString(4, after);
            var rs = s.executeQuery();
            recorded = new java.util.ArrayList<>();
            while (rs.next()) {
                recorded.add(rs.getString(1));
            }
        }
        assertEquals(2, recorded.size(), "processed_event has the applied events only: " + recorded);
    }
}
