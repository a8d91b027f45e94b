package vn.minhbach.chassis.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.KafkaTestResource;
import vn.minhbach.testing.Topics;

/** Relay instances driven by hand: a broker outage, and several relays on one outbox table. */
@QuarkusTest
class OutboxRelayInstancesTest {

    static final String TOPIC = OutboxRelayTest.TOPIC;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxRelay applicationRelay;

    /** The application's own relay stands aside; the test drives relay instances by hand. */
    @BeforeEach
    void pauseApplicationRelay() {
        applicationRelay.pause();
    }

    @AfterEach
    void resumeApplicationRelay() {
        applicationRelay.resume();
    }

    private OutboxPublisher publisher(String bootstrap, String name, int batch, Duration backoff) {
        return new OutboxPublisher(dataSource, OutboxPublisher.createProducer(bootstrap, Duration.ofSeconds(2), name),
                mapper, TOPIC, "/minhbach/chassis-test", batch, backoff, Duration.ofSeconds(30));
    }

    private void write(String run, List<String> aggregates, int perAggregate) {
        for (int n = 0; n < perAggregate; n++) {
            int number = n;
            QuarkusTransaction.requiringNew().run(() -> aggregates.forEach(aggregate ->
                    outbox.publish("widget", aggregate, "widget.changed", Map.of("n", number, "run", run))));
        }
    }

    private long unsent(String run) throws Exception {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select count(*) from outbox where sent_at is null and payload->>'run' = ?")) {
            s.setString(1, run);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long unsentTotal() throws Exception {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select count(*) from outbox where sent_at is null");
             var rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, List<Integer>> numbersByKey(List<ConsumerRecord<String, String>> records) throws Exception {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (var r : records) {
            byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(mapper.readTree(r.value()).get("data").get("n").asInt());
        }
        return byKey;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void eventsCommittedWhileTheBrokerIsDownArePublishedInOrderOnceItIsBack() throws Exception {
        String run = "down-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = List.of(run + "-a", run + "-b", run + "-c");
        write(run, aggregates, 5);

        // The broker is unreachable: the first send fails fast (max.block.ms), is recorded with a
        // backoff, and the relay stops the round instead of blocking once per aggregate.
        try (OutboxPublisher down = publisher("127.0.0.1:" + closedPort(), "down", 100, Duration.ofSeconds(3))) {
            OutboxPublisher.Round round = down.relayBatch();
            assertEquals(0, round.published());
            assertEquals(1, round.failed());
        }
        assertEquals(15, unsent(run));
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select aggregate_id from outbox where payload->>'run' = ? and attempts = 1 and last_error is not null"
                        + " and length(last_error) <= 300 and next_attempt_at > clock_timestamp()")) {
            s.setString(1, run);
            var rs = s.executeQuery();
            assertTrue(rs.next(), "attempts, backoff and a short error are recorded");
            assertEquals(aggregates.get(0), rs.getString(1));
            assertFalse(rs.next(), "the other aggregates were not tried");
        }

        // The broker is back. Within the backoff the failed aggregate's later rows must not
        // overtake its first one; the other aggregates flow.
        try (OutboxPublisher back = publisher(KafkaTestResource.bootstrapServers(), "back", 100, Duration.ofSeconds(3))) {
            OutboxPublisher.Round early = back.relayBatch();
            assertEquals(10, early.published(), "the two other aggregates are published");
            assertEquals(5, unsent(run), "the failed aggregate waits for its backoff, all five rows");

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (unsent(run) > 0 && System.nanoTime() < deadline) {
                back.relayBatch();
                Thread.sleep(200);
            }
        }
        assertEquals(0, unsent(run));
        List<ConsumerRecord<String, String>> mine = Topics.readRecords(TOPIC,
                all -> all.stream().filter(r -> r.value().contains(run)).count() >= 15, Duration.ofSeconds(20))
                .stream().filter(r -> r.value().contains(run)).toList();
        assertEquals(15, mine.size());
        Map<String, List<Integer>> byKey = numbersByKey(mine);
        for (String aggregate : aggregates) {
            assertEquals(List.of(0, 1, 2, 3, 4), byKey.get(aggregate), "order kept for " + aggregate);
        }
    }

    @Test
    void twoRelaysNeverPublishTheSameRowAndKeepOrderPerAggregate() throws Exception {
        String run = "pair-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = IntStream.range(0, 20).mapToObj(i -> run + "-" + i).toList();
        write(run, aggregates, 25); // 500 rows, interleaved across aggregates
        long othersUnsent = unsentTotal() - unsent(run);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        try (OutboxPublisher one = publisher(KafkaTestResource.bootstrapServers(), "relay-1", 40, Duration.ofMillis(100));
             OutboxPublisher two = publisher(KafkaTestResource.bootstrapServers(), "relay-2", 40, Duration.ofMillis(100))) {
            for (OutboxPublisher relay : List.of(one, two)) {
                Callable<Integer> work = () -> {
                    int published = 0;
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (unsent(run) > 0 && System.nanoTime() < deadline) {
                        published += relay.relayBatch().published();
                    }
                    return published;
                };
                results.add(pool.submit(work));
            }
            int first = results.get(0).get();
            int second = results.get(1).get();
            assertEquals(500 + othersUnsent, first + second,
                    "rows marked sent once in total (" + first + " + " + second + ")");
        } finally {
            pool.shutdownNow();
        }

        // Keep reading a little once all are there: a duplicate would arrive right behind.
        List<ConsumerRecord<String, String>> mine = Topics.readRecords(TOPIC,
                all -> all.stream().filter(r -> r.value().contains(run)).count() >= 500, Duration.ofSeconds(30),
                Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains(run)).toList();
        Map<String, Long> perId = new HashMap<>();
        for (var r : mine) {
            JsonNode event = mapper.readTree(r.value());
            perId.merge(event.get("id").asText(), 1L, Long::sum);
        }
        assertEquals(500, perId.size(), "every event is on the topic");
        assertTrue(perId.values().stream().allMatch(count -> count == 1),
                "no event twice: " + perId.entrySet().stream().filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey).collect(Collectors.joining(",")));
        Map<String, List<Integer>> byKey = numbersByKey(mine);
        List<Integer> expected = IntStream.range(0, 25).boxed().toList();
        for (String aggregate : aggregates) {
            assertEquals(expected, byKey.get(aggregate), "order kept for " + aggregate);
        }
    }
}
