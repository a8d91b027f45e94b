package vn.minhbach.programs.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;
import vn.minhbach.testing.hostile.HostileTokens;
import vn.minhbach.testing.hostile.Problems;
import vn.minhbach.testing.hostile.TopicProbe;

/** OWASP API Security Top 10 (2023) items that apply to programs-service. Units 01.966/01.967 are this class's. */
@QuarkusTest
class OwaspApiTop10Test {

    static final String UNIT_A = "01.966";
    static final String UNIT_B = "01.967";

    static RequestSpecification as(String user, String unit, String... roles) {
        return given().auth().oauth2(TestTokens.token(user, unit, roles)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static RequestSpecification officer(String unit) {
        return as("officer-" + unit, unit, "program-officer");
    }

    static void problem(String what, int expected, Response r) {
        Problems.assertProblem(what, expected, r.statusCode(), r.contentType(), r.asString());
    }

    static Map<String, Object> program() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "H" + UUID.randomUUID().toString().substring(0, 8) + "-CTr/QU");
        body.put("title", "Chương trình kiểm thử");
        body.put("issuingBody", "Quận uỷ");
        body.put("periodStart", 2021);
        body.put("periodEnd", 2025);
        return body;
    }

    static long newProgram(String unit) {
        return officer(unit).body(program()).post("/api/v1/programs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** API1: another district's officer can neither read nor change it, nor see it listed. */
    @Test
    void api1ObjectLevelAuthorisationAcrossUnits() {
        long id = newProgram(UNIT_A);
        problem("read by another unit", 404, officer(UNIT_B).get("/api/v1/programs/" + id));
        problem("topic added by another unit", 404, officer(UNIT_B)
                .body(Map.of("number", 1, "title", "Chuyên đề", "leadUnitPath", UNIT_B)).post("/api/v1/programs/" + id + "/topics"));
        List<Object> ids = officer(UNIT_B).queryParam("size", 200).get("/api/v1/programs").then().statusCode(200)
                .extract().path("items.id");
        assertFalse(ids.stream().anyMatch(x -> ((Number) x).longValue() == id));
        officer(UNIT_A).get("/api/v1/programs/" + id).then().statusCode(200);
    }

    /** API2: every bad token is a 401 problem. */
    @Test
    void api2BadTokensAre401() {
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new java.util.LinkedHashMap<>(HostileTokens.all("officer-" + UNIT_A, UNIT_A,
                "program-officer", "admin"));
        tokens.put("no token", null);
        for (var t : tokens.entrySet()) {
            var spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
            if (t.getValue() != null) {
                spec.header("Authorization", "Bearer " + t.getValue());
            }
            for (Response r : List.of(spec.get("/api/v1/programs"), spec.body(program()).post("/api/v1/programs"))) {
                try {
                    problem(t.getKey(), 401, r);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        officer(UNIT_A).get("/api/v1/programs").then().statusCode(200);
    }

    /** API3: server-owned fields (id, status, unit of record) in a body are ignored. */
    @Test
    void api3MassAssignmentIsIgnored() {
        Map<String, Object> body = program();
        body.put("id", 999999);
        body.put("status", "CLOSED");
        body.put("createdAt", "2000-01-01T00:00:00Z");
        Map<String, Object> p = officer(UNIT_A).body(body).post("/api/v1/programs").then().statusCode(201).extract().path("$");
        assertNotEquals(999999, ((Number) p.get("id")).intValue());
        assertEquals("ACTIVE", p.get("status"));
        assertEquals(UNIT_A, p.get("unitPath"));
    }

    /** API4: page size and body size limits. */
    @Test
    void api4ResourceLimits() {
        problem("page size 201", 400, officer(UNIT_A).queryParam("size", 201).get("/api/v1/programs"));
        problem("page -1", 400, officer(UNIT_A).queryParam("page", -1).get("/api/v1/tasks"));
        officer(UNIT_A).queryParam("size", 200).get("/api/v1/programs").then().statusCode(200);
        byte[] huge = new byte[10 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        problem("body over 10 MiB", 413, officer(UNIT_A).body(huge).post("/api/v1/programs"));
    }

    /** API5: roles without the permission get 403 on writes. */
    @Test
    void api5FunctionLevelAuthorisation() {
        for (String role : List.of("leader", "auditor", "unit-reporter", "citizen", "inspector", "petition-handler")) {
            problem(role + " creates a program", 403, as(role, UNIT_A, role).body(program()).post("/api/v1/programs"));
        }
        problem("citizen lists programs", 403, as("citizen", null, "citizen").get("/api/v1/programs"));
    }

    /** API8: errors are problem documents without internals. */
    @Test
    void api8ErrorsCarryNoInternals() {
        problem("method not allowed", 405, officer(UNIT_A).delete("/api/v1/programs"));
        problem("unsupported media type", 415, officer(UNIT_A).contentType("application/xml").body("<a/>")
                .post("/api/v1/programs"));
        problem("malformed JSON", 400, officer(UNIT_A).body("{\"code\":").post("/api/v1/programs"));
        problem("not a number id: 400 naming the parameter", 400, officer(UNIT_A).get("/api/v1/programs/..%2F..%2Fetc%2Fpasswd"));
        Map<String, Object> nul = program();
        nul.put("title", "a\u0000b");
        Response r = officer(UNIT_A).body(nul).post("/api/v1/programs");
        assertTrue(r.statusCode() < 500, "a NUL character in text gives " + r.statusCode() + " " + r.asString());
    }

    /** API10: a malformed event on each consumed topic goes to the report consumer's dead-letter topic. */
    @Test
    void api10MalformedEventsGoToTheDeadLetterTopics() {
        for (String topic : List.of("minhbach.petitions.v1", "minhbach.inspections.v1")) {
            String marker = "hostile-" + UUID.randomUUID();
            TopicProbe.send(topic, marker, "{not json " + marker);
            String dead = TopicProbe.awaitContaining(topic + ".dlq.programs-report", marker, Duration.ofSeconds(20));
            assertNotNull(dead, "the malformed event on " + topic + " reached " + topic + ".dlq.programs-report");
        }
        // the change feed's consumer (issue 19.2) reads all three topics and has dead-letter topics of its own
        for (String topic : List.of("minhbach.petitions.v1", "minhbach.inspections.v1", "minhbach.programs.v1")) {
            String marker = "hostile-changes-" + UUID.randomUUID();
            TopicProbe.send(topic, marker, "{not json " + marker);
            String dead = TopicProbe.awaitContaining(topic + ".dlq.programs-changes", marker, Duration.ofSeconds(30));
            assertNotNull(dead, "the malformed event on " + topic + " reached " + topic + ".dlq.programs-changes");
        }
        officer(UNIT_A).get("/api/v1/programs").then().statusCode(200);
    }
}
