package vn.minhbach.programs.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.minhbach.programs.Fixtures;
import vn.minhbach.testing.TestTokens;

/**
 * Webhook deliveries (issue 19.3) to a small HTTP receiver on 127.0.0.1 (the test profile opens
 * loopback and plain http; park-after is 4 s): the Standard Webhooks signature verifies, a 500 is
 * retried until success, a target that keeps failing is parked and redelivered on request, an event
 * redelivered by Kafka is delivered once, and only the subscriber's unit is delivered. Units 01.981
 * and 01.982 are this test's own.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String UNIT = "01.981";
    static final String OTHER = "01.982";
    static final ObjectMapper JSON = new ObjectMapper();

    /** What the receiver got on one path. */
    record Received(Map<String, String> headers, String body) {
    }

    static HttpServer server;
    static final Map<String, Queue<Received>> RECEIVED = new ConcurrentHashMap<>();
    /** Statuses to answer on a path, in turn; the last one stays. */
    static final Map<String, Deque<Integer>> ANSWERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            RECEIVED.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(new Received(headers, body));
            Deque<Integer> answers = ANSWERS.getOrDefault(path, new ArrayDeque<>(List.of(204)));
            int status;
            synchronized (answers) {
                status = answers.size() > 1 ? answers.poll() : answers.peek();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static Queue<Received> at(String path) {
        return RECEIVED.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>());
    }

    static RequestSpecification official(String user, String unit) {
        return given().auth().oauth2(TestTokens.token(user, unit, "petition-handler")).contentType(ContentType.JSON);
    }

    /** Subscribes {@code user} of UNIT to {@code path}; returns {id, secret}. */
    static String[] subscribe(String user, String path, List<String> types) {
        var body = new java.util.HashMap<String, Object>();
        body.put("targetUrl", url(path));
        if (types != null) {
            body.put("eventTypes", types);
        }
        var made = official(user, UNIT).body(body).post("/api/v1/webhook-subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract().jsonPath();
        return new String[] { made.getString("id"), made.getString("secret") };
    }

    static Fixtures.Event accepted(String unit) {
        String id = UUID.randomUUID().toString();
        return Fixtures.petitionEvent("petition.accepted", id, Map.of("unitPath", unit, "petitionId", id,
                "from", "RECEIVED", "to", "ACCEPTED", "effectiveDate", "2026-12-02", "acceptanceDueDate", "2026-12-12",
                "resolutionDueDate", "2027-01-01"));
    }

    static String eventId(Fixtures.Event e) throws Exception {
        return JSON.readTree(e.json()).path("id").asText();
    }

    /** The receiver's own check, as a subscriber would write it from the Standard Webhooks text. */
    static void assertSigned(Received r, String secret) throws Exception {
        String id = r.headers().get("webhook-id");
        String timestamp = r.headers().get("webhook-timestamp");
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
        assertTrue(age < 300, "a fresh timestamp: " + timestamp);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, r.headers().get("webhook-signature"));
    }

    @Test
    void aDeliveryIsASignedStructuredCloudEventOfTheSubscribersUnitOnly() throws Exception {
        String[] sub = subscribe("handler-a", "/signed", List.of("petition.accepted"));
        Fixtures.Event mine = accepted(UNIT + ".00001");
        Fixtures.Event elsewhere = accepted(OTHER);
        String overdue = UUID.randomUUID().toString();
        Fixtures.Event otherType = Fixtures.petitionEvent("petition.overdue", overdue,
                Map.of("unitPath", UNIT, "petitionId", overdue, "deadline", "RESOLUTION", "dueDate", "2026-12-01"));
        Fixtures.send(List.of(elsewhere, otherType, mine));
        Fixtures.await("the delivery", Duration.ofSeconds(180), () -> !at("/signed").isEmpty());
        Thread.sleep(1_500);
        assertEquals(1, at("/signed").size(), "only the subscriber's unit and type: " + at("/signed"));
        Received r = at("/signed").peek();
        assertTrue(r.headers().get("content-type").startsWith("application/cloudevents+json"), r.headers()::toString);
        assertSigned(r, sub[1]);
        JsonNode event = JSON.readTree(r.body());
        assertEquals(eventId(mine), event.path("id").asText());
        assertEquals("petition.accepted", event.path("type").asText());
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals(UNIT + ".00001", event.path("data").path("unitPath").asText());
        // the secret is answered once: never by a read
        official("handler-a", UNIT).get("/api/v1/webhook-subscriptions/" + sub[0]).then().statusCode(200)
                .body("secret", nullValue()).body("targetUrl", is(url("/signed")));
        assertTrue(!official("handler-a", UNIT).get("/api/v1/webhook-subscriptions").asString().contains("whsec_"));
    }

    @Test
    void aFailingTargetIsRetriedWithTheSameIdUntilItAnswers2xx() throws Exception {
        ANSWERS.put("/flaky", new ArrayDeque<>(List.of(500, 503, 200)));
        String[] sub = subscribe("handler-b", "/flaky", null);
        Fixtures.send(List.of(accepted(UNIT)));
        Fixtures.await("three attempts", Duration.ofSeconds(60), () -> at("/flaky").size() >= 3);
        Thread.sleep(1_500);
        List<Received> got = List.copyOf(at("/flaky"));
        assertEquals(3, got.size(), "no attempt after the success");
        assertEquals(1, got.stream().map(g -> g.headers().get("webhook-id")).distinct().count(), "one id for all attempts");
        for (Received r : got) {
            assertSigned(r, sub[1]);
        }
        official("handler-b", UNIT).get("/api/v1/webhook-subscriptions/" + sub[0] + "/failed-deliveries").then()
                .statusCode(200).body("totalItems", is(0));
    }

    @Test
    void aTargetThatKeepsFailingIsParkedAndCanBeRedelivered() throws Exception {
        ANSWERS.put("/down", new ArrayDeque<>(List.of(500)));
        String[] sub = subscribe("handler-c", "/down", null);
        Fixtures.Event event = accepted(UNIT);
        Fixtures.send(List.of(event));
        String failed = "/api/v1/webhook-subscriptions/" + sub[0] + "/failed-deliveries";
        Fixtures.await("the delivery is parked", Duration.ofSeconds(60),
                () -> official("handler-c", UNIT).get(failed).then().extract().jsonPath().getInt("totalItems") == 1);
        var parked = official("handler-c", UNIT).get(failed).then().statusCode(200)
                .body("items[0].eventId", is(eventId(event))).body("items[0].eventType", is("petition.accepted"))
                .body("items[0].status", is("PARKED")).body("items[0].lastStatus", is(500))
                .extract().jsonPath();
        assertTrue(parked.getInt("items[0].attempts") >= 3, "retried before parking: " + parked.prettify());
        int attempts = at("/down").size();
        Thread.sleep(1_000);
        assertEquals(attempts, at("/down").size(), "a parked delivery is not attempted");

        ANSWERS.put("/down", new ArrayDeque<>(List.of(200)));
        String delivery = parked.getString("items[0].id");
        official("handler-c", UNIT).post("/api/v1/webhook-subscriptions/" + sub[0] + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(202).body("status", is("PENDING"));
        Fixtures.await("the redelivery", Duration.ofSeconds(30), () -> at("/down").size() == attempts + 1);
        Fixtures.await("nothing parked", Duration.ofSeconds(10),
                () -> official("handler-c", UNIT).get(failed).then().extract().jsonPath().getInt("totalItems") == 0);
        assertEquals(eventId(event), JSON.readTree(List.copyOf(at("/down")).get(attempts).body()).path("id").asText());
        assertSigned(List.copyOf(at("/down")).get(attempts), sub[1]);
        // someone else's subscription and deliveries are a 404, exactly like missing ones
        official("handler-x", UNIT).post("/api/v1/webhook-subscriptions/" + sub[0] + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
        official("handler-x", UNIT).get(failed).then().statusCode(404);
    }

    @Test
    void anEventKafkaRedeliversIsDeliveredOnce() throws Exception {
        subscribe("handler-d", "/once", null);
        Fixtures.Event event = accepted(UNIT);
        Fixtures.send(List.of(event));
        Fixtures.await("the delivery", Duration.ofSeconds(180), () -> !at("/once").isEmpty());
        Fixtures.send(List.of(event, event));
        Fixtures.Event marker = accepted(UNIT);
        Fixtures.send(List.of(marker));
        Fixtures.await("the marker after the copies", Duration.ofSeconds(60), () -> at("/once").size() >= 2);
        Thread.sleep(1_000);
        List<String> ids = at("/once").stream().map(r -> {
            try {
                return JSON.readTree(r.body()).path("id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(List.of(eventId(event), eventId(marker)), ids);
    }

    @Test
    void subscriptionsAreTheirOwnersAndBadInputIsAProblem() {
        String[] sub = subscribe("handler-e", "/gone", null);
        official("handler-f", UNIT).get("/api/v1/webhook-subscriptions/" + sub[0]).then().statusCode(404);
        official("handler-f", UNIT).delete("/api/v1/webhook-subscriptions/" + sub[0]).then().statusCode(404);
        assertTrue(official("handler-f", UNIT).get("/api/v1/webhook-subscriptions").then().statusCode(200).extract()
                .jsonPath().getList("items").isEmpty());
        official("handler-e", UNIT).delete("/api/v1/webhook-subscriptions/" + sub[0]).then().statusCode(204);
        official("handler-e", UNIT).get("/api/v1/webhook-subscriptions/" + sub[0]).then().statusCode(404);

        String given = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        official("handler-e", UNIT).body(Map.of("targetUrl", url("/given"), "secret", given))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).body("secret", nullValue());
        official("handler-e", UNIT).header("Accept-Language", "en").body(Map.of("targetUrl", "ftp://127.0.0.1/x"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(422)
                .contentType(containsString("application/problem+json")).body("type", containsString("webhook.target-refused"));
        official("handler-e", UNIT).body(Map.of("targetUrl", url("/x"), "secret", "whsec_c2hvcnQ="))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("type", containsString("webhook.secret-invalid"));
        official("handler-e", UNIT).body(Map.of("targetUrl", url("/x"), "eventTypes", List.of("not a type")))
                .post("/api/v1/webhook-subscriptions").then().statusCode(400).body("type", containsString("changes.type-invalid"));
        official("handler-e", UNIT).body(Map.of()).post("/api/v1/webhook-subscriptions").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("targetUrl", url("/x"))).post("/api/v1/webhook-subscriptions")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.token("citizen.y", null, "citizen")).contentType(ContentType.JSON)
                .body(Map.of("targetUrl", url("/x"))).post("/api/v1/webhook-subscriptions").then().statusCode(403);
    }
}
