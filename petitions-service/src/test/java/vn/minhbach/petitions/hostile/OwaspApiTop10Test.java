package vn.minhbach.petitions.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;
import vn.minhbach.testing.hostile.HostileTokens;
import vn.minhbach.testing.hostile.Problems;

/**
 * OWASP API Security Top 10 (2023), the items that apply to petitions-service, one focused test each.
 * Units 01.961/01.962 belong to this class only.
 */
@QuarkusTest
class OwaspApiTop10Test {

    static final String UNIT_A = "01.961";
    static final String UNIT_B = "01.962";

    static void problem(String what, int expected, Response r) {
        Problems.assertProblem(what, expected, r.statusCode(), r.contentType(), r.asString());
    }

    /** API1 Broken object level authorisation: another district's official cannot read, change or list it. */
    @Test
    void api1ObjectLevelAuthorisationAcrossUnits() {
        String id = newPetition(UNIT_A, "COMPLAINT", LocalDate.now().minusDays(2));
        String number = handler(UNIT_A).get("/api/v1/petitions/" + id).then().statusCode(200).extract().path("number");
        problem("read by another unit", 404, handler(UNIT_B).get("/api/v1/petitions/" + id));
        problem("transition by another unit", 404, handler(UNIT_B).body(step("ACCEPT", LocalDate.now()))
                .post("/api/v1/petitions/" + id + "/transitions"));
        problem("identity reveal by another unit's custodian", 404, as("custodian-b", UNIT_B, "identity-custodian")
                .body(Map.of("reason", "Xác minh theo yêu cầu")).post("/api/v1/petitions/" + id + "/identity-reveals"));
        problem("duplicates of it from another unit", 404, as("rec-b", UNIT_B, "reception-officer")
                .get("/api/v1/petitions/" + id + "/duplicates"));
        List<String> ids = handler(UNIT_B).queryParam("size", 200).get("/api/v1/petitions").then().statusCode(200)
                .extract().path("items.id");
        assertFalse(ids.contains(id), "another unit's list shows the petition");
        problem("list filtered on a unit outside the caller's subtree", 404,
                handler(UNIT_B).queryParam("unit", UNIT_A).get("/api/v1/petitions"));
        String csv = as("leader-b", UNIT_B, "leader").accept("text/csv").get("/api/v1/petitions/export").asString();
        assertFalse(csv.contains(number), "another unit's export shows the petition");
        // still there for its own unit: the 404s above were not caused by a missing record
        handler(UNIT_A).get("/api/v1/petitions/" + id).then().statusCode(200);
    }

    /** API1 across citizens: one citizen never sees another citizen's petition. */
    @Test
    void api1ObjectLevelAuthorisationAcrossCitizens() {
        var body = intake(UNIT_A, "COMPLAINT", LocalDate.now().minusDays(1), "Quyết định số 12/QĐ-UBND", "Khiếu nại");
        body.put("channel", "MOBILE_APP");
        String id = as("citizen-hostile-a", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        as("citizen-hostile-a", null, "citizen").get("/api/v1/petitions/mine/" + id).then().statusCode(200);
        problem("another citizen's tracking view", 404, as("citizen-hostile-b", null, "citizen").get("/api/v1/petitions/mine/" + id));
        List<String> mine = as("citizen-hostile-b", null, "citizen").get("/api/v1/petitions/mine").then().statusCode(200)
                .extract().path("items.id");
        assertFalse(mine.contains(id));
        problem("a citizen on the officials' view", 403, as("citizen-hostile-a", null, "citizen").get("/api/v1/petitions/" + id));
    }

    /** API2 Broken authentication: every kind of bad token is a 401 problem, on reads and writes. */
    @Test
    void api2BadTokensAre401() {
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new java.util.LinkedHashMap<>(HostileTokens.all("handler-" + UNIT_A, UNIT_A,
                "petition-handler", "reception-officer", "admin"));
        tokens.put("no token", null);
        for (var t : tokens.entrySet()) {
            for (String method : List.of("GET", "POST")) {
                var spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
                if (t.getValue() != null) {
                    spec.header("Authorization", "Bearer " + t.getValue());
                }
                Response r = method.equals("GET") ? spec.get("/api/v1/petitions")
                        : spec.body(intake(UNIT_A, "COMPLAINT", LocalDate.now(), "x", "y")).post("/api/v1/petitions");
                try {
                    problem(t.getKey() + " on " + method, 401, r);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // and the good token works, so the 401s are about the tokens
        handler(UNIT_A).get("/api/v1/petitions").then().statusCode(200);
    }

    /** API3 Broken object property level authorisation (mass assignment): server-owned fields are ignored. */
    @Test
    void api3MassAssignmentOfServerOwnedFieldsIsIgnored() {
        var body = intake(UNIT_A, "COMPLAINT", LocalDate.now().minusDays(1), "Quyết định 77/QĐ", "Khiếu nại");
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("number", "HACKED-1");
        body.put("status", "RESOLVED");
        body.put("outcome", "RIGHT");
        body.put("acceptanceDueDate", "2000-01-01");
        body.put("resolutionDueDate", "2000-01-01");
        body.put("nextDueDate", "2000-01-01");
        body.put("overdue", true);
        body.put("extensionsUsed", 9);
        // "anonymous" is no longer server-owned: an official records an anonymous letter with it (issue 20.6),
        // and with a named petitioner it is refused (AnonymousLetterTest), not ignored.
        Map<String, Object> p = reception(UNIT_A).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition");
        assertNotEquals("00000000-0000-0000-0000-000000000001", p.get("id"));
        assertNotEquals("HACKED-1", p.get("number"));
        assertEquals("RECEIVED", p.get("status"));
        assertNull(p.get("outcome"));
        assertNotEquals("2000-01-01", p.get("acceptanceDueDate"));
        assertNotEquals("2000-01-01", p.get("resolutionDueDate"));
        assertEquals(0, p.get("extensionsUsed"));
        assertEquals(Boolean.FALSE, p.get("overdue"));
        // a named petitioner: not anonymous
        assertEquals(Boolean.FALSE, p.get("anonymous"));
    }

    /** API4 Unrestricted resource consumption: page size, body size. */
    @Test
    void api4ResourceLimits() {
        problem("page size 201", 400, handler(UNIT_A).queryParam("size", 201).get("/api/v1/petitions"));
        problem("page size -1", 400, handler(UNIT_A).queryParam("size", -1).get("/api/v1/petitions"));
        problem("page -1", 400, handler(UNIT_A).queryParam("page", -1).get("/api/v1/petitions"));
        handler(UNIT_A).queryParam("size", 200).get("/api/v1/petitions").then().statusCode(200);
        byte[] huge = new byte[10 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        problem("body over 10 MiB", 413, reception(UNIT_A).body(huge).post("/api/v1/petitions"));
        problem("text search over 200 characters", 400, handler(UNIT_A).queryParam("q", "a".repeat(201))
                .get("/api/v1/petitions"));
    }

    /** API5 Broken function level authorisation: roles without the permission get 403 on writes. */
    @Test
    void api5FunctionLevelAuthorisation() {
        String id = newPetition(UNIT_A, "COMPLAINT", LocalDate.now().minusDays(1));
        problem("auditor records a petition", 403, as("aud", UNIT_A, "auditor")
                .body(intake(UNIT_A, "COMPLAINT", LocalDate.now(), "x", "y")).post("/api/v1/petitions"));
        problem("leader moves a petition", 403, as("lead", UNIT_A, "leader").body(step("ACCEPT", LocalDate.now()))
                .post("/api/v1/petitions/" + id + "/transitions"));
        problem("reception officer reveals identity", 403, reception(UNIT_A)
                .body(Map.of("reason", "tò mò")).post("/api/v1/petitions/" + id + "/identity-reveals"));
        problem("handler reveals identity", 403, handler(UNIT_A)
                .body(Map.of("reason", "tò mò")).post("/api/v1/petitions/" + id + "/identity-reveals"));
        problem("handler edits the calendar", 403, handler(UNIT_A).body(List.of()).put("/api/v1/calendar/2031"));
        problem("statistics reader records a petition", 403, as("int", "01", "statistics-reader")
                .body(intake(UNIT_A, "COMPLAINT", LocalDate.now(), "x", "y")).post("/api/v1/petitions"));
        problem("a token without roles lists petitions", 403, as("nobody", UNIT_A).get("/api/v1/petitions"));
    }

    /** API8 Security misconfiguration: every error is a problem document with no internals. */
    @Test
    void api8ErrorsCarryNoInternals() {
        problem("method not allowed", 405, handler(UNIT_A).delete("/api/v1/petitions"));
        problem("unsupported media type", 415, reception(UNIT_A).contentType("application/xml").body("<a/>")
                .post("/api/v1/petitions"));
        problem("malformed JSON", 400, reception(UNIT_A).body("{\"kind\":").post("/api/v1/petitions"));
        problem("unknown route", 404, handler(UNIT_A).get("/api/v1/petitions/" + java.util.UUID.randomUUID() + "/nothing"));
        problem("not a UUID: 400 naming the parameter", 400, handler(UNIT_A).get("/api/v1/petitions/..%2F..%2Fetc%2Fpasswd"));
        // a NUL character reaches PostgreSQL unless the service refuses it first
        var body = intake(UNIT_A, "COMPLAINT", LocalDate.now().minusDays(1), "a\u0000b", "c\u0000d");
        Response r = reception(UNIT_A).body(body).post("/api/v1/petitions");
        assertTrue(r.statusCode() < 500, "a NUL character in text gives " + r.statusCode() + " " + r.asString());
        Response q = handler(UNIT_A).queryParam("q", "a\u0000b").get("/api/v1/petitions");
        assertTrue(q.statusCode() < 500, "a NUL character in the search text gives " + q.statusCode() + " " + q.asString());
    }

    @Test
    void tokensOfTheTestIssuerAreAccepted() {
        // guards the tests above: the issuer, audience and key they forge around are the ones the service trusts
        given().auth().oauth2(TestTokens.token("handler-" + UNIT_A, UNIT_A, "petition-handler"))
                .get("/api/v1/petitions").then().statusCode(200);
    }
}
