package vn.minhbach.programs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void readyWithDatabaseAndBroker() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsAreForOperatorsAndNameNoRecord() {
        vn.minhbach.testing.MetricsExposure.assertOperatorsOnlyAndNoIds("/api/v1/tasks/%s", "01.021", "program-officer");
    }
}
