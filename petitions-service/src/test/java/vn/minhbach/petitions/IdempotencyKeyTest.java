package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/**
 * Idempotency-Key on intake: a client that did not get the answer (timeout, 503 from the gateway)
 * sends the same request again and must not record the petition twice.
 */
@QuarkusTest
class IdempotencyKeyTest {

    static final String UNIT = "01.917";

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/api/v1/petitions")
    URI intakeUri;

    private static Map<String, Object> body(String subject) {
        return intake(UNIT, "COMPLAINT", LocalDate.of(2023, 11, 6), subject, "Khiếu nại quyết định thu hồi đất");
    }

    private static String subject() {
        return "Quyết định thu hồi đất số " + UUID.randomUUID();
    }

    @Test
    void aRepeatWithinTheDayAnswersTheFirstPetition() throws Exception {
        String subject = subject();
        String key = "app-7f3c-" + UUID.randomUUID();
        Response first = reception(UNIT).header("Idempotency-Key", key).body(body(subject)).post("/api/v1/petitions");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String id = first.path("petition.id");
        assertTrue(first.header("Location").endsWith("/api/v1/petitions/" + id), first.header("Location"));

        Response again = reception(UNIT).header("Idempotency-Key", key).body(body(subject)).post("/api/v1/petitions");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(id, again.path("petition.id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.asString(), again.asString(), "the same answer, byte for byte");

        assertEquals(1, count("select count(*) from petition where subject_description = ?", subject));
        assertEquals(1, count("select count(*) from idempotency_key where key = ?", key));
        assertEquals(1, count("select count(*) from outbox where aggregate_id = ? and event_type = 'petition.received'", id));
        assertEquals(1, count("select count(*) from petition_transition where petition_id = ?::uuid", id));

        // keys belong to their caller: another official using the same key records its own petition
        String other = as("reception-2-" + UNIT, UNIT, "reception-officer").header("Idempotency-Key", key)
                .body(body(subject)).post("/api/v1/petitions").then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .extract().path("petition.id");
        assertNotEquals(id, other);
        // without a key nothing changes: every request records a petition
        reception(UNIT).body(body(subject)).post("/api/v1/petitions").then().statusCode(201);
        assertEquals(3, count("select count(*) from petition where subject_description = ?", subject));
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String subject = subject();
        String key = UUID.randomUUID().toString();
        reception(UNIT).header("Idempotency-Key", key).body(body(subject)).post("/api/v1/petitions")
                .then().statusCode(201);
        var changed = body(subject);
        changed.put("content", "Nội dung khác hẳn");
        reception(UNIT).header("Idempotency-Key", key).body(changed).post("/api/v1/petitions").then()
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", is("https://minhbach.vn/problems/idempotency-key-reused"))
                .body("status", is(409))
                .body("title", is("Idempotency-Key đã dùng cho yêu cầu khác"));
        reception(UNIT).header("Accept-Language", "en").header("Idempotency-Key", key).body(changed)
                .post("/api/v1/petitions").then().statusCode(409)
                .body("title", is("Idempotency-Key used for another request"))
                .body("detail", containsString("different content"));
        assertEquals(1, count("select count(*) from petition where subject_description = ?", subject));
    }

    @Test
    void aKeyThatIsNotOneToOneHundredTwentyEightVisibleAsciiCharactersIsRefused() {
        String subject = subject();
        for (String bad : List.of("", "two words", "x".repeat(129))) {
            reception(UNIT).header("Idempotency-Key", bad).body(body(subject)).post("/api/v1/petitions").then()
                    .statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("type", is("https://minhbach.vn/problems/idempotency-key-invalid"))
                    .body("title", is("Idempotency-Key không hợp lệ"));
        }
        reception(UNIT).header("Accept-Language", "en").header("Idempotency-Key", "a").header("Idempotency-Key", "b")
                .body(body(subject)).post("/api/v1/petitions").then().statusCode(400)
                .body("title", is("Invalid Idempotency-Key"));
        assertEquals(0, count("select count(*) from petition where subject_description = ?", subject));
        // the longest allowed key, every visible ASCII character
        StringBuilder visible = new StringBuilder();
        for (char c = 0x21; c <= 0x7E; c++) {
            visible.append(c);
        }
        String longest = (visible + visible.toString()).substring(0, 128);
        reception(UNIT).header("Idempotency-Key", longest).body(body(subject)).post("/api/v1/petitions").then()
                .statusCode(201);
    }

    /** Requests that arrive together (a client's retry racing its first try) record one petition. */
    @Test
    void concurrentDuplicatesRecordOnePetition() throws Exception {
        String subject = subject();
        String key = UUID.randomUUID().toString();
        byte[] json = new ObjectMapper().writeValueAsBytes(body(subject));
        String token = TestTokens.token("reception-" + UNIT, UNIT, "reception-officer");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int parallel = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(intakeUri).timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            int replayed = 0;
            for (var answer : answers) {
                HttpResponse<String> r = answer.get(90, TimeUnit.SECONDS);
                // the loser of the race waits for the winner and then answers the winner's petition
                assertEquals(201, r.statusCode(), r.body());
                bodies.add(r.body());
                replayed += r.headers().firstValue("Idempotent-Replayed").isPresent() ? 1 : 0;
            }
            assertEquals(parallel - 1, replayed, "one request recorded the petition, the others replayed it");
            assertEquals(1, bodies.stream().distinct().count(), "every request got the same answer");
            assertEquals(1, count("select count(*) from petition where subject_description = ?", subject));
            assertEquals(1, count("select count(*) from idempotency_key where key = ?", key));
            String id = one("select id::text from petition where subject_description = ?", subject);
            assertTrue(bodies.get(0).contains(id), bodies.get(0));
            assertEquals(1, count("select count(*) from outbox where aggregate_id = ? and event_type = 'petition.received'", id));
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, String parameter) {
        return Long.parseLong(one(sql, parameter));
    }

    private String one(String sql, String parameter) {
        try (var c = db.getConnection(); var q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
