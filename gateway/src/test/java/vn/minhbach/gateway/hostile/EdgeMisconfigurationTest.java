package vn.minhbach.gateway.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;
import vn.minhbach.testing.hostile.HostileTokens;
import vn.minhbach.testing.hostile.Problems;

/**
 * OWASP API Security Top 10 (2023) at the edge: broken authentication (API2), resource limits (API4),
 * security misconfiguration (API8: security headers, CORS, error leakage).
 */
@QuarkusTest
class EdgeMisconfigurationTest {

    static void problem(String what, int expected, Response r) {
        Problems.assertProblem(what, expected, r.statusCode(), r.contentType(), r.asString());
    }

    /** API2: every kind of bad token stops at the edge with a 401 problem, on every service's prefix. */
    @Test
    void api2BadTokensAre401AtTheEdge() {
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new java.util.LinkedHashMap<>(HostileTokens.all("an.nv", "01.021",
                "petition-handler", "inspector", "program-officer", "admin"));
        for (var t : tokens.entrySet()) {
            for (String path : List.of("/api/v1/petitions", "/api/v1/teams", "/api/v1/tasks", "/api/v1/me/overview")) {
                try {
                    problem(t.getKey() + " on " + path, 401, given().header("Authorization", "Bearer " + t.getValue()).get(path));
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        given().auth().oauth2(TestTokens.token("an.nv", "01.021", "petition-handler")).get("/api/v1/petitions")
                .then().statusCode(200);
    }

    /** API4: a body over the limit is refused by the gateway with a 413 problem. */
    @Test
    void api4BodyOverTheLimitIs413() {
        byte[] huge = new byte[64 * 1024 + 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        problem("body over the limit", 413, given().auth().oauth2(TestTokens.token("an.nv", "01.021", "petition-handler"))
                .contentType("application/json").body(huge).post("/api/v1/petitions"));
    }

    /** API8: security headers on API answers, errors included. */
    @Test
    void api8SecurityHeaders() {
        for (Response r : List.of(given().get("/api/v1/petitions"),
                given().auth().oauth2(TestTokens.token("an.nv", "01.021", "petition-handler")).get("/api/v1/petitions"))) {
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
            assertNotNull(r.header("Strict-Transport-Security"));
            assertNotNull(r.header("Content-Security-Policy"));
            assertNull(r.header("Server") == null ? null : (r.header("Server").matches(".*\\d.*") ? r.header("Server") : null),
                    "the Server header reveals a version");
            assertNull(r.header("X-Powered-By"));
        }
    }

    /** API8: CORS answers only configured origins. */
    @Test
    void api8CorsRefusesUnknownOrigins() {
        for (String origin : List.of("https://evil.example", "null", "https://app.minhbach.test.evil.example",
                "http://app.minhbach.test")) {
            Response r = given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                    .options("/api/v1/petitions");
            assertNull(r.header("Access-Control-Allow-Origin"), "CORS allowed " + origin);
            assertTrue(r.statusCode() < 500);
            Response get = given().header("Origin", origin).get("/api/v1/public/inspection-results");
            assertNull(get.header("Access-Control-Allow-Origin"), "CORS allowed a simple request from " + origin);
        }
    }

    /** API8: gateway errors carry no internals (unknown route, bad method, malformed encodings). */
    @Test
    void api8ErrorsCarryNoInternals() {
        problem("unknown route", 404, given().auth().oauth2(TestTokens.token("an.nv", "01.021", "admin"))
                .get("/api/v1/nothing-here"));
        problem("encoded traversal", 400, given().auth().oauth2(TestTokens.token("an.nv", "01.021", "admin"))
                .urlEncodingEnabled(false).get("/api/v1/petitions/..%2F..%2Fetc%2Fpasswd"));
        problem("no token", 401, given().get("/api/v1/me/overview"));
        Response overview = given().auth().oauth2(TestTokens.token("an.nv", "01.021", "petition-handler"))
                .queryParam("size", "abc").get("/api/v1/me/overview");
        // a query parameter the gateway cannot convert is the client's error: 400, as a problem document
        problem("overview with size=abc", 400, overview);
    }
}
