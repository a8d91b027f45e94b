package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** A service that is down or slow gives a 503 problem naming it within its timeout, never a hang. */
@QuarkusTest
class UpstreamFailureTest {

    static final String TOKEN = TestTokens.token("lan.tt", "01.021", "program-officer");

    @Test
    void downServiceGives503NamingIt() {
        FakeUpstreams.stopServer("programs");
        try {
            long start = System.nanoTime();
            given().auth().oauth2(TOKEN)
                    .when().get("/api/v1/tasks")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("programs-service"))
                    .body("instance", equalTo("/api/v1/tasks"));
            assertTrue(elapsedMillis(start) < 4_000, "took " + elapsedMillis(start) + " ms");
            given().auth().oauth2(TOKEN).header("Accept-Language", "en")
                    .when().get("/api/v1/tasks")
                    .then().statusCode(503)
                    .body("detail", equalTo("The service programs-service is not answering; retry later."));
        } finally {
            FakeUpstreams.startServer("programs");
        }
        given().auth().oauth2(TOKEN).when().get("/api/v1/tasks").then().statusCode(200);
    }

    @Test
    void slowServiceGives503WithinItsTimeout() {
        long start = System.nanoTime();
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/teams/slow")
                .then().statusCode(503)
                .body("detail", containsString("inspections-service"));
        long took = elapsedMillis(start);
        // Timeout is 1 s in the test profile; the fake service would answer after 3 s.
        assertTrue(took >= 900 && took < 2_900, "took " + took + " ms");
    }

    @Test
    void circuitBreakerOpensAfterFailuresAndClosesAgain() throws InterruptedException {
        // flaky: timeout 500 ms, opens after 3 consecutive failures, stays open 2 s.
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TOKEN).when().get("/api/v1/flaky/slow").then().statusCode(503);
        }
        int hits = FakeUpstreams.hits("flaky");
        // The service is up and /fast answers at once: only an open breaker gives 503 here.
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/flaky/fast")
                .then().statusCode(503)
                .body("detail", containsString("flaky-service"));
        assertEquals(hits, FakeUpstreams.hits("flaky"), "an open breaker does not call the service");

        Thread.sleep(2_300);
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/flaky/fast")
                .then().statusCode(200)
                .body("service", equalTo("flaky-service"));
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
