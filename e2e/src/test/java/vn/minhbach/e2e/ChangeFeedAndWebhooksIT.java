package vn.minhbach.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.2–19.3 on the whole stack, as another government system uses them: it subscribes a webhook
 * and submits a petition through the gateway; the petition's {@code petition.received} reaches it
 * both ways, in the change feed ({@code GET /api/v1/changes}, its own submissions only, no identity)
 * and as a signed CloudEvent POSTed to its endpoint (Standard Webhooks signature over id, timestamp and
 * body). The local stack lets webhooks target loopback over http (deploy/local/up); an installation
 * does not.
 */
@EndToEnd
class ChangeFeedAndWebhooksIT {

    record Delivery(String id, String timestamp, String signature, String contentType, String body) {
    }

    @Test
    void aSubmissionReachesTheSubmitterThroughTheFeedAndASignedWebhook() throws Exception {
        LinkedBlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            received.add(new Delivery(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"), h.getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String subscription = null;
        try {
            String target = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            JsonPath sub = Stack.asIntegration().contentType(ContentType.JSON)
                    .body(Map.of("targetUrl", target, "eventTypes", List.of("petition.received")))
                    .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().jsonPath();
            subscription = sub.getString("id");
            String secret = sub.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);

            // where the feed stands now: only what comes after is this test's
            String start = Stack.asIntegration().get("/api/v1/changes?limit=500&types=petition.received").then()
                    .statusCode(200).extract().jsonPath().getString("next");
            String cursor = start;
            for (int i = 0; i < 200; i++) {
                JsonPath page = Stack.asIntegration().get("/api/v1/changes?limit=500&types=petition.received&after=" + cursor)
                        .then().statusCode(200).extract().jsonPath();
                if (page.getList("items").isEmpty()) {
                    break;
                }
                cursor = page.getString("next");
            }

            String petitionId = Stack.asIntegration().contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("unitPath", "01.00611",
                            "receivedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                            "kind", "RECOMMENDATION",
                            "petitioners", List.of(Map.of("name", "Lê Thị Webhook", "idNumber", "001190054321",
                                    "representative", true)),
                            "subject", Map.of("kind", "ORGANISATION", "description", "Cống thoát nước ngõ 5 tắc"),
                            "domains", List.of("URBAN_MANAGEMENT"),
                            "content", "Cống thoát nước ngõ 5 tắc sau mưa (kiểm thử luồng thay đổi)."))
                    .post("/api/v1/petitions").then().statusCode(201).extract().path("petition.id");

            // the feed: long-poll until this petition's event is there
            Map<String, Object> event = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (event == null && System.nanoTime() < deadline) {
                JsonPath page = Stack.asIntegration()
                        .get("/api/v1/changes?limit=500&wait=20s&types=petition.received&after=" + cursor).then()
                        .statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = page.getList("items");
                event = items.stream().filter(i -> petitionId.equals(i.get("subject"))).findFirst().orElse(null);
                cursor = page.getString("next");
            }
            assertNotNull(event, "petition.received of " + petitionId + " not in the submitter's feed within 90 s");
            assertEquals("1.0", event.get("specversion"));
            String text = event.toString();
            assertFalse(text.contains("Lê Thị Webhook") || text.contains("001190054321") || text.contains("petitioners"),
                    "the feed carries no identity: " + text);

            // the webhook: the same event, signed
            Delivery delivery = null;
            long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < until) {
                Delivery d = received.poll(5, TimeUnit.SECONDS);
                if (d != null && d.body().contains(petitionId)) {
                    delivery = d;
                    break;
                }
            }
            assertNotNull(delivery, "no webhook delivery of " + petitionId + " within 90 s");
            assertTrue(delivery.contentType().startsWith("application/cloudevents+json"), delivery.contentType());
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                    (delivery.id() + "." + delivery.timestamp() + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
            assertTrue(List.of(delivery.signature().split(" ")).contains(expected),
                    "signature " + delivery.signature() + " is not the HMAC of id.timestamp.body");
            long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp()));
            assertTrue(age < 300, "timestamp " + delivery.timestamp() + " is " + age + " s from now");
            assertFalse(delivery.body().contains("Lê Thị Webhook") || delivery.body().contains("001190054321"),
                    "the delivery carries no identity");
        } finally {
            if (subscription != null) {
                Stack.asIntegration().delete("/api/v1/webhook-subscriptions/" + subscription).then().statusCode(204);
            }
            receiver.stop(0);
        }
    }
}
