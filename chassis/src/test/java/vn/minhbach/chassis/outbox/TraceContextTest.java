package vn.minhbach.chassis.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Topics;

/**
 * Issue 21.7: the trace of a request follows its event to the topic and through a consumer into the
 * events that consumer writes; and {@link Outbox#publish} orders one aggregate's events by itself.
 */
@QuarkusTest
class TraceContextTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String PARENT = "00f067aa0ba902b7";

    @Inject
    ObjectMapper mapper;
    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestsTraceTravelsWithItsEventAndARequestWithoutOneStartsNone() throws Exception {
        String body = "{\"name\":\"traced\",\"receivedDate\":\"" + LocalDate.now() + "\",\"count\":1,\"parts\":[{\"name\":\"p\"}]}";
        String traced = given().contentType("application/json").header("traceparent", "00-" + TRACE + "-" + PARENT + "-01")
                .body(body).post("/test/widgets").then().statusCode(200).extract().path("id");
        String untraced = given().contentType("application/json").body(body).post("/test/widgets").then()
                .statusCode(200).extract().path("id");
        var records = Topics.readRecords(OutboxRelayTest.TOPIC, all -> all.stream().filter(r -> r.key().equals(traced)
                || r.key().equals(untraced)).count() >= 2, Duration.ofSeconds(30));
        JsonNode withTrace = null;
        JsonNode withoutTrace = null;
        for (var r : records) {
            if (r.key().equals(traced)) {
                withTrace = mapper.readTree(r.value());
            } else if (r.key().equals(untraced)) {
                withoutTrace = mapper.readTree(r.value());
            }
        }
        assertNotNull(withTrace);
        String traceparent = withTrace.path("traceparent").asText();
        assertTrue(traceparent.matches("00-" + TRACE + "-[0-9a-f]{16}-01"), traceparent);
        assertNotEquals("00-" + TRACE + "-" + PARENT + "-01", traceparent, "the event is the next hop");
        assertNotNull(withoutTrace);
        assertFalse(withoutTrace.has("traceparent"), withoutTrace.toString());
    }

    @Test
    void anEventWrittenWhileHandlingAnEventContinuesItsTrace() throws Exception {
        String id = UUID.randomUUID().toString();
        String subject = "s-" + id.substring(0, 8);
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/minhbach/other-service\","
                + "\"type\":\"test.echo\",\"subject\":\"" + subject + "\",\"time\":\"" + OffsetDateTime.now()
                + "\",\"datacontenttype\":\"application/json\",\"data\":{},\"traceparent\":\"00-" + TRACE + "-"
                + PARENT + "-01\"}";
        Topics.send("minhbach.chassis-test.in", subject, event);
        String written = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (written == null && System.nanoTime() < deadline) {
            try (var c = dataSource.getConnection();
                    var s = c.prepareStatement("select traceparent from outbox where aggregate_id = ?")) {
                s.setString(1, "echo-" + subject);
                try (var rs = s.executeQuery()) {
                    written = rs.next() ? rs.getString(1) : null;
                }
            }
            if (written == null) {
                Thread.sleep(100);
            }
        }
        assertNotNull(written, "the consumer's effect wrote its event");
        assertTrue(written.startsWith("00-" + TRACE + "-"), written);
        assertNull(TraceContext.current(), "the consumer thread's trace does not leak into this one");
    }

    @Test
    void aSecondWriterOfOneAggregateWaitsForTheFirstToCommit() throws Exception {
        String aggregate = "ordered-" + UUID.randomUUID();
        CountDownLatch firstPublished = new CountDownLatch(1);
        long[] firstDone = new long[1];
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish("widget", aggregate, "widget.changed", Map.of("n", 1));
            firstPublished.countDown();
            sleep(1_500); // the first writer's use case goes on after its event
            firstDone[0] = System.nanoTime(); // the last moment before its commit
        }));
        assertTrue(firstPublished.await(10, TimeUnit.SECONDS));
        // no row of the aggregate is locked by either writer: publish itself must order them
        long[] secondPublished = new long[1];
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish("widget", aggregate, "widget.changed", Map.of("n", 2));
            secondPublished[0] = System.nanoTime();
        });
        first.get(10, TimeUnit.SECONDS);
        assertTrue(secondPublished[0] > firstDone[0],
                "the second event was written while the first writer's transaction was still open");
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement("select payload->>'n' from outbox where aggregate_id = ? order by seq")) {
            s.setString(1, aggregate);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals("1", rs.getString(1));
                rs.next();
                assertEquals("2", rs.getString(1));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void onlyValidVersionZeroTraceparentsAreTaken() {
        assertEquals("00-" + TRACE + "-" + PARENT + "-01", TraceContext.valid("00-" + TRACE + "-" + PARENT + "-01"));
        assertNull(TraceContext.valid("00-" + "0".repeat(32) + "-" + PARENT + "-01"));
        assertNull(TraceContext.valid("00-" + TRACE + "-" + "0".repeat(16) + "-01"));
        assertNull(TraceContext.valid("00-" + TRACE.toUpperCase() + "-" + PARENT + "-01"));
        assertNull(TraceContext.valid("zz"));
        String child = TraceContext.child("00-" + TRACE + "-" + PARENT + "-01");
        assertEquals(TRACE, TraceContext.traceId(child));
        assertNotEquals(PARENT, child.substring(36, 52));
    }
}
