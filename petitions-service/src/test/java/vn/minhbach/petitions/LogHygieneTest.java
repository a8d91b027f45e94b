package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing secret reaches the logs: the test profile writes the application log and the HTTP access
 * log to target/quarkus-test.log; after intake, reveal, failures and anonymous tracking, neither a
 * denouncer's identity nor a receipt code appears in it.
 */
@QuarkusTest
class LogHygieneTest {

    static final String UNIT = "01.915";
    static final String NAME = "Quách Thị Thanh Tâm";
    static final String ID_NUMBER = "001188099887";

    @Test
    void identityAndReceiptCodesNeverReachTheLog() throws Exception {
        var body = intake(UNIT, "DENUNCIATION", LocalDate.of(2023, 10, 2), "Cán bộ thuế phường",
                "Tố cáo nhũng nhiễu", "HARASSMENT");
        body.put("petitioners", List.of(petitioner(NAME, ID_NUMBER, true)));
        String id = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "Bảo vệ người tố cáo bị đe doạ"))
                .post("/api/v1/petitions/" + id + "/identity-reveals").then().statusCode(200);
        var bad = intake(UNIT, "DENUNCIATION", LocalDate.of(2023, 10, 2), "x", "y");
        bad.put("petitioners", List.of(Map.of("name", NAME, "idNumber", ID_NUMBER + "-bad", "representative", true)));
        reception(UNIT).body(bad).post("/api/v1/petitions").then().statusCode(400);
        String code = given().contentType(ContentType.JSON).body(Map.of("unitPath", UNIT,
                        "subject", Map.of("kind", "PERSON", "description", "Cán bộ"), "domains", List.of("OTHER"),
                        "content", "Tố cáo nặc danh")).post("/api/v1/public/petitions").then().statusCode(201)
                .extract().path("receiptCode");
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(200);

        Path log = Path.of("target/quarkus-test.log");
        assertTrue(Files.exists(log), "the test profile writes target/quarkus-test.log");
        // the access log is written asynchronously: wait until our last request shows up
        long end = System.currentTimeMillis() + Duration.ofSeconds(10).toMillis();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        while (!text.contains("/api/v1/public/petitions/status") && System.currentTimeMillis() < end) {
            Thread.sleep(200);
            text = Files.readString(log, StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("/api/v1/public/petitions/status"), "the access log is on");
        assertFalse(text.contains(NAME), "name in log");
        assertFalse(text.contains(ID_NUMBER), "ID number in log");
        assertFalse(text.contains(code), "receipt code in log");
    }

    /**
     * A search by a person's name must not end up in the access log: the pattern logs the path
     * without the query string (quarkus.http.access-log.pattern, the same in every service).
     */
    @Test
    void accessLogLeavesOutTheQueryString() throws Exception {
        String marker = "Truyvet" + System.nanoTime();
        String searched = "Nguyễn Văn " + marker;
        as("reception-" + UNIT, UNIT, "reception-officer").queryParam("q", searched)
                .get("/api/v1/petitions").then().statusCode(200);
        // a path of its own, so the test can find its line among the others
        String missing = java.util.UUID.randomUUID().toString();
        as("reception-" + UNIT, UNIT, "reception-officer").queryParam("q", searched)
                .get("/api/v1/petitions/" + missing).then().statusCode(404);

        Path log = Path.of("target/quarkus-test.log");
        long end = System.currentTimeMillis() + Duration.ofSeconds(10).toMillis();
        String line = null;
        while (line == null && System.currentTimeMillis() < end) {
            line = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("/api/v1/petitions/" + missing)).findFirst().orElse(null);
            if (line == null) {
                Thread.sleep(200);
            }
        }
        assertTrue(line != null, "the access log has the request to /api/v1/petitions/" + missing);
        // method, path without query, protocol, status, bytes, milliseconds
        assertTrue(line.matches(".*\"GET /api/v1/petitions/" + missing + " HTTP/1.1\" 404 \\d+ \\d+\\s*$"), line);
        assertFalse(line.contains("q="), line);
        assertFalse(line.contains("?"), line);
        assertFalse(line.contains("Nguy"), line);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        // ASCII, so the same whether logged raw or percent-encoded
        assertFalse(text.contains(marker), "the searched text is nowhere in the log");
    }
}
