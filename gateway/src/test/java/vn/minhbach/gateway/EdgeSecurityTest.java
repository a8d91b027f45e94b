package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** What the edge decides before anything reaches a service: 401, the coarse 403, public routes. */
@QuarkusTest
class EdgeSecurityTest {

    @Test
    void protectedRouteWithoutTokenIs401ProblemAndNotForwarded() {
        int before = FakeUpstreams.hits("petitions");
        given().when().get("/api/v1/petitions")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Chưa xác thực"))
                .body("type", containsString("unauthorized"))
                .body("instance", equalTo("/api/v1/petitions"));
        assertEquals(before, FakeUpstreams.hits("petitions"));
    }

    @Test
    void problemsAreInEnglishOnRequest() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .when().get("/api/v1/tasks")
                .then().statusCode(401)
                .body("title", equalTo("Not authenticated"));
    }

    /**
     * Issue 21.1: the gateway negotiates the language as the services do (one mechanism, the shared
     * problems module): Vietnamese weighted below English is English; and it names the condition with
     * the services' type (the same 401 is {@code unauthorized} wherever it is answered).
     */
    @Test
    void theLanguageIsNegotiatedByWeightAsInTheServices() {
        given().header("Accept-Language", "vi;q=0.1, en")
                .when().get("/api/v1/tasks")
                .then().statusCode(401)
                .body("title", equalTo("Not authenticated"))
                .body("type", equalTo("https://minhbach.vn/problems/unauthorized"));
        given().header("Accept-Language", "fr, vi;q=0.5")
                .when().get("/api/v1/tasks")
                .then().statusCode(401)
                .body("title", equalTo("Chưa xác thực"));
    }

    @Test
    void expiredTokenIs401() {
        given().auth().oauth2(TestTokens.expired("an.nv", "01.021", "petition-handler"))
                .when().get("/api/v1/petitions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        given().auth().oauth2(TestTokens.otherAudience("an.nv", "01.021", "petition-handler"))
                .when().get("/api/v1/teams")
                .then().statusCode(401);
    }

    @Test
    void tamperedTokenIs401() {
        String token = TestTokens.token("an.nv", "01.021", "petition-handler");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered)
                .when().get("/api/v1/teams")
                .then().statusCode(401);
        given().auth().oauth2("not-a-jwt")
                .when().get("/api/v1/teams")
                .then().statusCode(401);
    }

    @Test
    void tokenWithoutAnyProjectRoleIs403AtTheEdge() {
        int before = FakeUpstreams.hits("inspections");
        given().auth().oauth2(TestTokens.token("stranger", "01.021", "offline_access", "uma_authorization"))
                .when().get("/api/v1/teams")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("GET /api/v1/teams"));
        assertEquals(before, FakeUpstreams.hits("inspections"));
    }

    @Test
    void calendarWritesNeedAdminButReadsDoNot() {
        String handler = TestTokens.token("an.nv", "01.021", "petition-handler");
        given().auth().oauth2(handler).contentType("application/json").body("{}")
                .when().post("/api/v1/calendar/holidays")
                .then().statusCode(403);
        given().auth().oauth2(handler)
                .when().get("/api/v1/calendar/holidays")
                .then().statusCode(200).body("service", equalTo("petitions-service"));
        given().auth().oauth2(TestTokens.token("root", "01", "admin")).contentType("application/json").body("{}")
                .when().post("/api/v1/calendar/holidays")
                .then().statusCode(200).body("method", equalTo("POST"));
    }

    @Test
    void publicRoutesNeedNoToken() {
        given().when().get("/api/v1/public/petitions/AB12CD34")
                .then().statusCode(200)
                .body("service", equalTo("petitions-service"))
                .body("uri", equalTo("/api/v1/public/petitions/AB12CD34"));
        given().when().get("/api/v1/public/inspection-results?page=0")
                .then().statusCode(200)
                .body("service", equalTo("inspections-service"));
    }

    @Test
    void invalidTokenOnPublicRouteIsIgnoredByTheEdge() {
        // The edge does not spend a signature check on public routes; the service decides what to do.
        given().auth().oauth2("not-a-jwt")
                .when().get("/api/v1/public/inspection-results")
                .then().statusCode(200);
    }

    @Test
    void healthIsPublic() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void metricsAreNotPublic() {
        given().when().get("/q/metrics").then().statusCode(401);
    }
}
