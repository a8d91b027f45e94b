package vn.minhbach.e2e;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;

/** The gateway is ready only when it can reach every service: its readiness names its upstreams. */
@EndToEnd
class GatewayHealthIT {

    @Test
    void gatewayIsReadyAndReportsEveryServiceUp() {
        Stack.anonymous()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", not(empty()))
                .body(containsStringIgnoringCase("petitions"))
                .body(containsStringIgnoringCase("inspections"))
                .body(containsStringIgnoringCase("programs"));
    }

    @Test
    void gatewayIsLive() {
        Stack.anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
