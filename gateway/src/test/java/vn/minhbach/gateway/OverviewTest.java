package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** GET /api/v1/me/overview: three services in parallel with the caller's token, partial on failure. */
@QuarkusTest
class OverviewTest {

    static final String LEADER = TestTokens.token("hoa.lt", "01.021", "leader");

    @Test
    void gathersTheThreeSectionsWithTheCallersToken() {
        given().auth().oauth2(LEADER)
                .when().get("/api/v1/me/overview")
                .then().statusCode(200)
                .body("unit", equalTo("01.021"))
                .body("dueSoonPetitions.available", equalTo(true))
                .body("dueSoonPetitions.service", equalTo("petitions-service"))
                .body("dueSoonPetitions.items", hasSize(2))
                .body("dueSoonPetitions.items[0].kind", equalTo("petition"))
                .body("dueSoonPetitions.totalItems", equalTo(2))
                .body("openRecommendations.available", equalTo(true))
                .body("openRecommendations.items[0].kind", equalTo("recommendation"))
                .body("overdueTasks.available", equalTo(true))
                .body("overdueTasks.service", equalTo("programs-service"))
                .body("overdueTasks.items[1].id", equalTo("task-2"));
    }

    @Test
    void aDownServiceLeavesItsSectionUnavailableAndTheOthersFilled() {
        FakeUpstreams.stopServer("programs");
        try {
            long start = System.nanoTime();
            given().auth().oauth2(LEADER)
                    .when().get("/api/v1/me/overview")
                    .then().statusCode(200)
                    .body("dueSoonPetitions.available", equalTo(true))
                    .body("dueSoonPetitions.items", hasSize(2))
                    .body("openRecommendations.available", equalTo(true))
                    .body("overdueTasks.available", equalTo(false))
                    .body("overdueTasks.service", equalTo("programs-service"))
                    .body("overdueTasks.reason", equalTo("UNAVAILABLE"))
                    .body("overdueTasks.items", nullValue());
            long took = (System.nanoTime() - start) / 1_000_000;
            // Generous bound for a loaded CI machine: what matters is no hang.
            assertTrue(took < 5_000, "took " + took + " ms");
        } finally {
            FakeUpstreams.startServer("programs");
        }
    }

    @Test
    void aHandlerSeesOnlyTheSectionsItsRolesOpenNotForbiddenOnes() {
        // handler.btl: petition-handler only. The recommendations and tasks endpoints do not allow that
        // role, so those sections are left out instead of answering FORBIDDEN (issue 20, point 7).
        given().auth().oauth2(TestTokens.token("handler.btl", "01.021", "petition-handler"))
                .when().get("/api/v1/me/overview")
                .then().statusCode(200)
                .body("unit", equalTo("01.021"))
                .body("dueSoonPetitions.available", equalTo(true))
                .body("dueSoonPetitions.items", hasSize(2))
                .body("$", not(hasKey("openRecommendations")))
                .body("$", not(hasKey("overdueTasks")));
    }

    @Test
    void anInspectorSeesRecommendationsOnly() {
        given().auth().oauth2(TestTokens.token("inspector.1", "01.021", "inspector"))
                .when().get("/api/v1/me/overview")
                .then().statusCode(200)
                .body("openRecommendations.available", equalTo(true))
                .body("$", not(hasKey("dueSoonPetitions")))
                .body("$", not(hasKey("overdueTasks")));
    }

    @Test
    void overviewNeedsAToken() {
        given().when().get("/api/v1/me/overview")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void citizensHaveNoOverview() {
        given().auth().oauth2(TestTokens.token("citizen.1", null, "citizen"))
                .when().get("/api/v1/me/overview")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }
}
