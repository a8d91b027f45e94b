package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness reflects the upstreams (mode ALL: every upstream must be ready). */
@QuarkusTest
class ReadinessTest {

    @Test
    void readyWhenEveryUpstreamIsReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.'petitions-service'", startsWith("UP"));
    }

    @Test
    void notReadyWhileAnUpstreamIsDownAndSaysWhich() {
        FakeUpstreams.stopServer("inspections");
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'upstreams' }.data.'inspections-service'", startsWith("DOWN"))
                    .body("checks.find { it.name == 'upstreams' }.data.'programs-service'", containsString("UP"));
        } finally {
            FakeUpstreams.startServer("inspections");
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
