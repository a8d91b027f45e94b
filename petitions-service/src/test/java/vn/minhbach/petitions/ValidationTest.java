package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem, never a 500, with field errors in Vietnamese (default) or English. */
@QuarkusTest
class ValidationTest {

    static final String UNIT = "01.913";

    @Test
    void missingAndOversizedFieldsAreReportedPerField() {
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1), "x".repeat(1001), "");
        body.remove("kind");
        String vi = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(400)
                .contentType(containsString("json")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(vi.contains("kind") && vi.contains("content")
                && vi.contains("description"), vi);
        org.junit.jupiter.api.Assertions.assertTrue(vi.contains("không được để trống"), vi);
        String en = reception(UNIT).header("Accept-Language", "en").body(body).post("/api/v1/petitions").then()
                .statusCode(400).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(en.contains("must not be"), en);
    }

    @Test
    void businessProblemsAreLocalised() {
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1));
        reception(UNIT).get("/api/v1/petitions/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("problem+json")).body("title", is("Không tìm thấy đơn"));
        handler(UNIT).header("Accept-Language", "en").body(step("CLOSE", LocalDate.of(2023, 9, 2)))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(409)
                .body("title", is("Invalid status transition"))
                .body("detail", containsString("RECEIVED"))
                .body(not(containsString("Exception")));
    }

    @Test
    void malformedJsonUnknownEnumsAndBadDatesAre400() {
        reception(UNIT).body("{\"kind\": ").post("/api/v1/petitions").then().statusCode(400);
        var badEnum = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1), "s", "c");
        badEnum.put("kind", "PRAISE");
        reception(UNIT).body(badEnum).post("/api/v1/petitions").then().statusCode(400);
        var badDomain = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1), "s", "c");
        badDomain.put("domains", List.of("MOON_LANDING"));
        reception(UNIT).body(badDomain).post("/api/v1/petitions").then().statusCode(400);
        var badDate = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1), "s", "c");
        badDate.put("receivedDate", "2023-02-30");
        reception(UNIT).body(badDate).post("/api/v1/petitions").then().statusCode(400);
        var future = intake(UNIT, "COMPLAINT", LocalDate.now().plusDays(5), "s", "c");
        reception(UNIT).body(future).post("/api/v1/petitions").then().statusCode(400);
        var noDomains = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1), "s", "c");
        noDomains.put("domains", List.of());
        reception(UNIT).body(noDomains).post("/api/v1/petitions").then().statusCode(400);
        var badUnit = intake("Hà Nội", "COMPLAINT", LocalDate.of(2023, 9, 1), "s", "c");
        reception(UNIT).body(badUnit).post("/api/v1/petitions").then().statusCode(400);
        // a path or query parameter that does not convert is the client's mistake, named: 400, not 404
        reception(UNIT).get("/api/v1/petitions/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", is("id"));
        reception(UNIT).queryParam("page", -1).get("/api/v1/petitions").then().statusCode(400);
        reception(UNIT).queryParam("kind", "PRAISE").get("/api/v1/petitions").then().statusCode(400)
                .body("type", endsWith("invalid-enum")).body("errors[0].field", is("kind"))
                .body("detail", containsString("DENUNCIATION"));
        reception(UNIT).queryParam("from", "2021-02-30").get("/api/v1/petitions").then().statusCode(400)
                .body("errors[0].field", is("from"));
        reception(UNIT).queryParam("size", "abc").get("/api/v1/petitions").then().statusCode(400)
                .body("errors[0].field", is("size"));
        reception(UNIT).queryParam("page", "2000000000").queryParam("size", "200").get("/api/v1/petitions").then()
                .statusCode(400).body("errors[0].field", is("page"));
        reception(UNIT).contentType("text/plain").body("hello").post("/api/v1/petitions").then().statusCode(415);
    }

    /** ?overdue=yes used to list the petitions that are not overdue; now the parameter is named in a 400. */
    @Test
    void booleanQueryParametersAcceptOnlyTrueOrFalse() {
        handler(UNIT).queryParam("overdue", "TRUE").get("/api/v1/petitions").then().statusCode(200);
        handler(UNIT).queryParam("overdue", "false").get("/api/v1/petitions").then().statusCode(200);
        handler(UNIT).queryParam("overdue", "yes").get("/api/v1/petitions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", is("https://minhbach.vn/problems/invalid-value"))
                .body("errors[0].field", is("overdue"))
                .body("errors[0].message", is("Chỉ nhận true hoặc false"));
        handler(UNIT).header("Accept-Language", "en").accept("text/csv").queryParam("overdue", "banana")
                .get("/api/v1/petitions/export").then().statusCode(400)
                .body("errors[0].field", is("overdue"))
                .body("errors[0].message", is("Only true or false is accepted"));
    }

    /** Bytes that are not UTF-8 (0xC3 0x28) in the petition's text: refused, nothing recorded. */
    @Test
    void aBodyThatIsNotUtf8IsRefused() throws Exception {
        String subject = "Quyết định " + java.util.UUID.randomUUID();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                intake(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1), subject, "Nguy@@n Văn A khiếu nại"));
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // the marker's byte offset (the text before it holds multi-byte characters)
        int at = json.substring(0, json.indexOf("@@")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = 0x28;
        reception(UNIT).body(bytes).post("/api/v1/petitions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", is("https://minhbach.vn/problems/malformed-json"))
                .body("title", is("Nội dung JSON không đọc được"));
        reception(UNIT).body(json.replace("@@", "ễ")).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.content", startsWith("Nguyễn"));
    }

    @Test
    void petitionerFieldsAreValidated() {
        var body = intake(UNIT, "DENUNCIATION", LocalDate.of(2023, 9, 1), "s", "c");
        Map<String, Object> p = new HashMap<>(petitioner("Người gửi", "12-ab", true));
        p.put("email", "not-an-email");
        body.put("petitioners", List.of(p));
        String problem = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(400)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(problem.contains("email") && problem.contains("idNumber"), problem);
        org.junit.jupiter.api.Assertions.assertFalse(problem.contains("not-an-email") || problem.contains("12-ab"),
                "rejected identity values are not echoed: " + problem);
        body.put("petitioners", List.of());
        reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(anyOf(is(400), is(422)));
    }

    @Test
    void transitionAndAdminBodiesAreValidated() {
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 9, 1));
        handler(UNIT).body(Map.of("action", "FLY", "effectiveDate", "2023-09-02", "documentReference", "x"))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(400);
        handler(UNIT).body(Map.of("effectiveDate", "2023-09-02", "documentReference", "x"))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(400);
        handler(UNIT).body(Map.of("action", "ACCEPT", "effectiveDate", "2023-09-02", "documentReference",
                "x".repeat(101))).post("/api/v1/petitions/" + id + "/transitions").then().statusCode(400);
        admin().body(Map.of("kind", "COMPLAINT", "instance", 3, "phase", "ACCEPTANCE", "complexity", "NORMAL",
                "days", 0, "countUnit", "WEEKS", "legalBasis", "")).post("/api/v1/deadline-rules").then()
                .statusCode(400);
        admin().body(Map.of("days", List.of(Map.of("day", "2017-13-01", "kind", "HOLIDAY", "name", "x"))))
                .put("/api/v1/calendar/2017").then().statusCode(400);
        admin().body(Map.of("days", List.of(Map.of("day", "2017-01-02", "kind", "HOLIDAY", "name", "a"),
                Map.of("day", "2017-01-02", "kind", "HOLIDAY", "name", "b")))).put("/api/v1/calendar/2017").then()
                .statusCode(422);
        admin().get("/api/v1/calendar/1200").then().statusCode(400);
    }
}
