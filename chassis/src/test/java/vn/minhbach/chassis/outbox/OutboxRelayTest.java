package vn.minhbach.chassis.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.app.Widget;
import vn.minhbach.testing.Topics;

/** The relay the application runs: woken after commit, publishes CloudEvents in order per aggregate. */
@QuarkusTest
class OutboxRelayTest {

    static final String TOPIC = "minhbach.chassis-test.v1";

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void publishesStructuredCloudEventsKeyedByAggregateInOrder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = List.of(run + "-a", run + "-b", run + "-c");
        Map<String, UUID> firstIds = new HashMap<>();
        long start = System.nanoTime();
        for (int n = 0; n < 15; n++) {
            for (String aggregate : aggregates) {
                int number = n;
                UUID id = QuarkusTransaction.requiringNew().call(() -> {
                    if (number == 0) {
                        Widget w = new Widget();
                        w.id = aggregate;
                        w.name = "w";
                        w.persist();
                    }
                    return outbox.publish("widget", aggregate, "widget.changed", Map.of("n", number, "run", run));
                });
                firstIds.putIfAbsent(aggregate, id);
            }
        }
        List<ConsumerRecord<String, String>> records = Topics.readRecords(TOPIC,
                all -> all.stream().filter(r -> r.value().contains(run)).count() >= 45, Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> mine = records.stream().filter(r -> r.value().contains(run)).toList();
        assertEquals(45, mine.size(), "every committed event is published once");
        Map<String, List<Integer>> numbersByKey = new HashMap<>();
        for (var record : mine) {
            JsonNode event = mapper.readTree(record.value());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("/minhbach/chassis-test", event.get("source").asText());
            assertEquals("widget.changed", event.get("type").asText());
            assertEquals(record.key(), event.get("subject").asText(), "key = subject = aggregate id");
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertTrue(event.hasNonNull("time"));
            assertEquals("application/cloudevents+json",
                    new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
            numbersByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.get("data").get("n").asInt());
        }
        for (String aggregate : aggregates) {
            assertEquals(java.util.stream.IntStream.range(0, 15).boxed().toList(), numbersByKey.get(aggregate),
                    "order kept for " + aggregate);
        }
        String firstValue = mine.stream().filter(r -> r.key().equals(aggregates.get(0))).findFirst().orElseThrow()
                .value();
        assertEquals(firstIds.get(aggregates.get(0)).toString(), mapper.readTree(firstValue).get("id").asText());
        // The test configuration polls once an hour: only the after-commit wake-up can have published them.
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "published in " + took);
        long unsent = QuarkusTransaction.requiringNew().call(() -> ((Number) Widget.getEntityManager()
                .createNativeQuery("select count(*) from outbox where sent_at is null and payload->>'run' = ?1")
                .setParameter(1, run).getSingleResult()).longValue());
        assertEquals(0, unsent, "published rows are marked sent");
    }

    @Test
    void backlogIsReportedInReadiness() {
        io.restassured.RestAssured.given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.unsent", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void rollbackPublishesNothing() throws Exception {
        String aggregate = "rolled-back-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish("widget", aggregate, "widget.changed", Map.of("n", 1));
                throw new IllegalStateException("the state change fails");
            });
        } catch (IllegalStateException expected) {
            // the event must vanish with the state change
        }
        // The relay is woken only after a commit, so the topic alone could not show a rolled-back row
        // that a later poll would publish: the row itself must be gone with the state change.
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement("select count(*) from outbox where aggregate_id = ?")) {
            count.setString(1, aggregate);
            try (var rows = count.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "the rolled-back transaction left its event in the outbox");
            }
        }
        assertTrue(Topics.readFor(TOPIC, Duration.ofSeconds(3)).stream().noneMatch(r -> aggregate.equals(r.key())));
    }
}
