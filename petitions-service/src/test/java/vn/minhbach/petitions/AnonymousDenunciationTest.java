package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anonymous denunciation: public submit, receipt code shown once and stored only as a hash, tracking, additions. */
@QuarkusTest
class AnonymousDenunciationTest {

    static final String UNIT = "01.904";

    @Inject
    AgroalDataSource db;

    static Map<String, Object> submission() {
        return Map.of("unitPath", UNIT, "channel", "WEB",
                "subject", Map.of("kind", "PERSON", "description", "Cán bộ phụ trách cấp phép xây dựng",
                        "unit", "Phòng Quản lý đô thị"),
                "domains", List.of("CONSTRUCTION_ORDER", "HARASSMENT"),
                "content", "Yêu cầu tiền để cấp phép xây dựng nhanh");
    }

    String submit() {
        return given().contentType(ContentType.JSON).body(submission()).post("/api/v1/public/petitions").then()
                .statusCode(201).header("Cache-Control", containsString("no-store"))
                .body("receiptCode", matchesPattern("[A-Z2-9]{24}"))
                .body("number", startsWith(UNIT + "-")).extract().path("receiptCode");
    }

    @Test
    void submittedWithoutAnAccountAndOnlyTheCodesHashIsStored() throws Exception {
        String code = submit();
        assertTrue(code.length() >= 16);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(code.getBytes(StandardCharsets.UTF_8)));
        try (var c = db.getConnection();
             var q = c.prepareStatement("select receipt_hash, anonymous, kind, petitioner_count from petition"
                     + " where receipt_hash = ?")) {
            q.setString(1, hash);
            var rs = q.executeQuery();
            assertTrue(rs.next(), "the hash is stored");
            assertTrue(rs.getBoolean(2));
            assertEquals("DENUNCIATION", rs.getString(3));
            assertEquals(0, rs.getInt(4));
        }
        try (var c = db.getConnection();
             var q = c.prepareStatement("select count(*) from petition p where cast(p as text) like ?")) {
            q.setString(1, "%" + code + "%");
            var rs = q.executeQuery();
            rs.next();
            assertEquals(0, rs.getInt(1), "the code itself is stored nowhere in the petition row");
        }
        try (var c = db.getConnection();
             var q = c.prepareStatement("select count(*) from audit_log where details::text like ?")) {
            q.setString(1, "%" + code + "%");
            var rs = q.executeQuery();
            rs.next();
            assertEquals(0, rs.getInt(1), "nor in the audit log");
        }
    }

    @Test
    void submitterTracksStatusAndAddsInformationWithTheCode() {
        String code = submit();
        var tracked = given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(200)
                .body("status", is("RECEIVED")).body("kind", is("DENUNCIATION"))
                .body("acceptanceDueDate", notNullValue())
                .body("history[0].to", is("RECEIVED"))
                .body("$", not(hasKey("unitPath"))).extract();
        String id = tracked.path("id");
        Api.move(UNIT, id, "ACCEPT", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code.toLowerCase()))
                .post("/api/v1/public/petitions/status").then().statusCode(200)
                .body("status", is("ACCEPTED")).body("resolutionDueDate", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code, "content", "Bổ sung: biên lai ngày 5/3"))
                .post("/api/v1/public/petitions/additions").then().statusCode(204);
        Api.handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("anonymous", is(true)).body("additions", hasItem("Bổ sung: biên lai ngày 5/3"));
        JsonNode received = Events.first(Events.until(id, "petition.received"), "petition.received");
        assertTrue(received.path("data").path("anonymous").asBoolean());
    }

    @Test
    void aWrongCodeLearnsNothing() {
        submit();
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", "ABCDEFGHJKMNPQRSTUVWXYZ2"))
                .post("/api/v1/public/petitions/status").then().statusCode(404)
                .contentType(containsString("problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", "short"))
                .post("/api/v1/public/petitions/status").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", "ABCDEFGHJKMNPQRSTUVWXYZ2", "content", "x"))
                .post("/api/v1/public/petitions/additions").then().statusCode(404);
    }

    @Test
    void publicSubmissionIsValidatedAndAlwaysADenunciation() {
        given().contentType(ContentType.JSON).body(Map.of("unitPath", "not-a-unit", "subject",
                Map.of("kind", "PERSON", "description", "x"), "domains", List.of("OTHER"), "content", "x"))
                .post("/api/v1/public/petitions").then().statusCode(400);
        var withKind = new java.util.HashMap<String, Object>(submission());
        withKind.put("kind", "COMPLAINT");
        withKind.put("status", "RESOLVED");
        String code = given().contentType(ContentType.JSON).body(withKind).post("/api/v1/public/petitions").then()
                .statusCode(201).extract().path("receiptCode");
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(200)
                .body("kind", is("DENUNCIATION")).body("status", is("RECEIVED"));
    }

    @Test
    void officialsSeeOnlyTheDayAnAnonymousSubmissionWasRecorded() {
        String code = submit();
        String id = given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(200).extract().path("id");
        Api.move(UNIT, id, "ACCEPT", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Api.handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("history", hasSize(2))
                .body("history.findAll { it.containsKey('recordedAt') }", empty())
                .body("history.recordedOn", everyItem(is(today)));
        // a named petition keeps the instant of each step
        String named = Api.newPetition(UNIT, "DENUNCIATION", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Api.handler(UNIT).get("/api/v1/petitions/" + named).then().statusCode(200)
                .body("history[0].recordedAt", notNullValue())
                .body("history[0].recordedOn", is(today));
    }

    @Test
    void aRetriedPublicSubmissionAnswersTheSameReceiptAndRecordsOneDenunciation() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(submission())
                .post("/api/v1/public/petitions").then().statusCode(201).header("Cache-Control", containsString("no-store"))
                .extract();
        var retry = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(submission())
                .post("/api/v1/public/petitions").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract();
        assertEquals(first.<String>path("receiptCode"), retry.<String>path("receiptCode"));
        assertEquals(first.<String>path("number"), retry.<String>path("number"));
        String code = first.path("receiptCode");
        try (var c = db.getConnection();
             var q = c.prepareStatement("select count(*) from petition where number = ?")) {
            q.setString(1, first.path("number"));
            var rs = q.executeQuery();
            rs.next();
            assertEquals(1, rs.getInt(1), "one denunciation");
        }
        try (var c = db.getConnection();
             var q = c.prepareStatement("select count(*) from idempotency_key where response_body like ? or key = ?")) {
            q.setString(1, "%" + code + "%");
            q.setString(2, key);
            var rs = q.executeQuery();
            rs.next();
            assertEquals(0, rs.getInt(1), "neither the code nor the key is stored readable");
        }
        // another submission under the same key is refused; a short key is refused
        var other = new java.util.HashMap<String, Object>(submission());
        other.put("content", "Một nội dung khác");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .post("/api/v1/public/petitions").then().statusCode(409);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "short-key").body(submission())
                .post("/api/v1/public/petitions").then().statusCode(400);
    }

    @Test
    void oneReceiptCodeCannotBeHammered() {
        String code = submit();
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            int status = given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                    .post("/api/v1/public/petitions/status").then().extract().statusCode();
            if (status == 200) {
                ok++;
            } else {
                assertEquals(429, status);
                limited++;
            }
        }
        assertEquals(30, ok);
        assertEquals(10, limited);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(429)
                .header("Retry-After", notNullValue()).contentType(containsString("problem+json"));
        // another code is not affected
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", submit()))
                .post("/api/v1/public/petitions/status").then().statusCode(200);
    }
}
