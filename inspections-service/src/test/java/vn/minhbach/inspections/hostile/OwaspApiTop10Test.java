package vn.minhbach.inspections.hostile;

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

/** OWASP API Security Top 10 (2023) items that apply to inspections-service. Units 01.964/01.965 are this class's. */
@QuarkusTest
class OwaspApiTop10Test {

    static final String UNIT_A = "01.964";
    static final String UNIT_B = "01.965";

    static RequestSpecification as(String user, String unit, String... roles) {
        return given().auth().oauth2(TestTokens.token(user, unit, roles)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    static RequestSpecification inspector(String unit) {
        return as("inspector-" + unit, unit, "inspector");
    }

    static void problem(String what, int expected, Response r) {
        Problems.assertProblem(what, expected, r.statusCode(), r.contentType(), r.asString());
    }

    static Map<String, Object> organisation(String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "H-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Chi bộ kiểm thử");
        body.put("kind", "PARTY_CELL");
        body.put("unitPath", unit);
        return body;
    }

    /** API1: another district's inspector can neither read nor list it. */
    @Test
    void api1ObjectLevelAuthorisationAcrossUnits() {
        String id = inspector(UNIT_A).body(organisation(UNIT_A)).post("/api/v1/party-organisations").then()
                .statusCode(201).extract().path("id");
        problem("read by another unit", 404, inspector(UNIT_B).get("/api/v1/party-organisations/" + id));
        List<String> ids = inspector(UNIT_B).queryParam("size", 200).get("/api/v1/party-organisations").then()
                .statusCode(200).extract().path("items.id");
        assertFalse(ids.contains(id));
        // creating a record in another unit's subtree is refused (422 unit.outside-scope), never done
        Response create = inspector(UNIT_B).body(organisation(UNIT_A)).post("/api/v1/party-organisations");
        assertTrue(List.of(403, 404, 422).contains(create.statusCode()), "creating in another unit: " + create.asString());
        problem("creating in another unit", create.statusCode(), create);
        inspector(UNIT_A).get("/api/v1/party-organisations/" + id).then().statusCode(200);
    }

    /** API2: every bad token is a 401 problem. */
    @Test
    void api2BadTokensAre401() {
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new java.util.LinkedHashMap<>(HostileTokens.all("inspector-" + UNIT_A, UNIT_A,
                "inspector", "admin"));
        tokens.put("no token", null);
        for (var t : tokens.entrySet()) {
            var spec = given().contentType(ContentType.JSON).accept(ContentType.JSON);
            if (t.getValue() != null) {
                spec.header("Authorization", "Bearer " + t.getValue());
            }
            for (Response r : List.of(spec.get("/api/v1/teams"), spec.body(organisation(UNIT_A)).post("/api/v1/party-organisations"))) {
                try {
                    problem(t.getKey(), 401, r);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        inspector(UNIT_A).get("/api/v1/teams").then().statusCode(200);
    }

    /** API3: server-owned fields in a body are ignored. */
    @Test
    void api3MassAssignmentIsIgnored() {
        Map<String, Object> body = organisation(UNIT_A);
        String forged = "00000000-0000-0000-0000-0000000000aa";
        body.put("id", forged);
        body.put("createdAt", "2000-01-01T00:00:00Z");
        body.put("version", 99);
        String id = inspector(UNIT_A).body(body).post("/api/v1/party-organisations").then().statusCode(201)
                .extract().path("id");
        assertNotEquals(forged, id);
        problem("the forged id does not exist", 404, inspector(UNIT_A).get("/api/v1/party-organisations/" + forged));
    }

    /** API4: page size and body size limits. */
    @Test
    void api4ResourceLimits() {
        problem("page size 201", 400, inspector(UNIT_A).queryParam("size", 201).get("/api/v1/teams"));
        problem("page -1", 400, inspector(UNIT_A).queryParam("page", -1).get("/api/v1/party-organisations"));
        inspector(UNIT_A).queryParam("size", 200).get("/api/v1/teams").then().statusCode(200);
        byte[] huge = new byte[10 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        problem("body over 10 MiB", 413, inspector(UNIT_A).body(huge).post("/api/v1/party-organisations"));
    }

    /** API5: roles without the permission get 403 on writes. */
    @Test
    void api5FunctionLevelAuthorisation() {
        for (String role : List.of("leader", "auditor", "citizen", "petition-handler", "unit-reporter")) {
            problem(role + " creates an organisation", 403, as(role, UNIT_A, role).body(organisation(UNIT_A))
                    .post("/api/v1/party-organisations"));
        }
        problem("citizen lists teams", 403, as("citizen", null, "citizen").get("/api/v1/teams"));
    }

    /** API8: errors are problem documents without internals. */
    @Test
    void api8ErrorsCarryNoInternals() {
        problem("method not allowed", 405, inspector(UNIT_A).delete("/api/v1/teams"));
        problem("unsupported media type", 415, inspector(UNIT_A).contentType("application/xml").body("<a/>")
                .post("/api/v1/party-organisations"));
        problem("malformed JSON", 400, inspector(UNIT_A).body("{\"code\":").post("/api/v1/party-organisations"));
        problem("not a UUID: 400 naming the parameter", 400, inspector(UNIT_A).get("/api/v1/teams/..%2F..%2Fetc%2Fpasswd"));
        Map<String, Object> nul = organisation(UNIT_A);
        nul.put("name", "a\u0000b");
        Response r = inspector(UNIT_A).body(nul).post("/api/v1/party-organisations");
        assertTrue(r.statusCode() < 500, "a NUL character in text gives " + r.statusCode() + " " + r.asString());
    }

    /** API10: a malformed event on the petitions topic goes to the leads consumer's dead-letter topic. */
    @Test
    void api10MalformedEventGoesToTheDeadLetterTopic() {
        String key = "hostile-" + UUID.randomUUID();
        String[] hostile = {"{not json", "{\"specversion\":\"1.0\",\"type\":\"petition.corruption-signs-flagged\","
                + "\"id\":\"" + key + "\",\"source\":\"/x\",\"data\":{\"unitPath\":\"' OR 1=1 --\",\"petitionId\":\"../../x\"}}"};
        for (int i = 0; i < hostile.length; i++) {
            TopicProbe.send("minhbach.petitions.v1", key + "-" + i, hostile[i]);
        }
        for (int i = 0; i < hostile.length; i++) {
            String dead = TopicProbe.awaitKey("minhbach.petitions.v1.dlq.inspections-leads", key + "-" + i, Duration.ofSeconds(20));
            assertNotNull(dead, "event " + hostile[i] + " reached the dead-letter topic");
            assertEquals(hostile[i], dead);
        }
        // and the consumer still works: the service answers
        inspector(UNIT_A).get("/api/v1/leads").then().statusCode(200);
    }
}
