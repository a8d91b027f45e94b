package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/**
 * Issue 19.4: Open311 GeoReport v2 passes the edge without a bearer token (petitions-service checks
 * the api_key) and without the public form's proof of work, to petitions-service; its submissions
 * have a rate limit of their own per address (3 per minute in the test profile); the registration of
 * Open311 clients is for admins.
 */
@QuarkusTest
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class Open311RouteTest {

    private static Response submit() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", "o311_x").formParam("service_code", "FEEDBACK")
                .when().post("/open311/v2/requests.json");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void readsAndSubmissionsReachPetitionsServiceWithoutAToken() {
        given().when().get("/open311/v2/services.json").then().statusCode(200)
                .body("service", equalTo("petitions-service"))
                .body("uri", equalTo("/open311/v2/services.json"));
        given().queryParam("api_key", "o311_x").when().get("/open311/v2/requests/abc.json").then().statusCode(200)
                .body("service", equalTo("petitions-service"));
        int before = FakeUpstreams.hits("petitions");
        // no Authorization, no Proof-Of-Work: forwarded as is, the form intact
        submit().then().statusCode(200).body("service", equalTo("petitions-service"))
                .body("method", equalTo("POST")).body("headers.authorization", equalTo(null));
        assertEquals(before + 1, FakeUpstreams.hits("petitions"));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void submissionsHaveTheirOwnLimitPerAddress() {
        // 3 per minute in the test profile, one of them spent by the test above
        int allowed = 0;
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = submit();
            if (last.statusCode() == 429) {
                break;
            }
            last.then().statusCode(200);
            allowed++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(allowed <= 2, "at most 3 submissions per minute: " + allowed);
        last.then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json")
                .body("type", endsWith("rate-limited"));
        // reads are not held back by the submissions' bucket, nor the public form's submissions by this one
        given().when().get("/open311/v2/services.json").then().statusCode(200);
        given().contentType("application/json").body("{}").when().post("/api/v1/public/petitions").then()
                .statusCode(400).body("type", endsWith("gateway.proof-of-work.missing"));
    }

    @Test
    void pathTricksAreRefusedAtTheEdge() {
        given().urlEncodingEnabled(false).when().get("/open311/v2/..%2F..%2Fapi/v1/petitions").then().statusCode(400)
                .body("type", endsWith("gateway.bad-path"));
        given().when().get("/open311x/v2/services.json").then().statusCode(404);
    }

    @Test
    void clientRegistrationIsForAdmins() {
        given().contentType("application/json").body("{\"name\":\"app\"}").when().post("/api/v1/open311-clients")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.token("citizen.a", null, "citizen")).contentType("application/json")
                .body("{\"name\":\"app\"}").when().post("/api/v1/open311-clients").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("admin.a", "01", "admin")).contentType("application/json")
                .body("{\"name\":\"app\"}").when().post("/api/v1/open311-clients").then().statusCode(200)
                .body("service", equalTo("petitions-service"));
    }
}
