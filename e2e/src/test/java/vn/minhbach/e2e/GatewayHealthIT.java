package vn.minhbach.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The gateway is ready only when it reaches the services: its readiness check {@code upstreams}
 * probes each service's own {@code /q/health/ready} and reports it by service name.
 */
@EndToEnd
class GatewayHealthIT {

    @Test
    void gatewayIsReady() {
        Stack.anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest(name = "{0} is UP through the gateway")
    @ValueSource(strings = {"petitions-service", "inspections-service", "programs-service"})
    void everyServiceIsUpThroughTheGateway(String service) {
        Stack.anonymous()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.'" + service + "'", startsWith("UP"));
    }

    @Test
    void gatewayIsLive() {
        Stack.anonymous().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
