package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

@QuarkusTest
class CorsTest {

    static final String ORIGIN = "https://app.minhbach.test";

    @Test
    void preflightFromConfiguredOriginIsAllowedWithoutToken() {
        int before = FakeUpstreams.hits("petitions");
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-request-id,idempotency-key")
                .when().options("/api/v1/petitions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                // a browser client may retry an intake with its Idempotency-Key
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        org.junit.jupiter.api.Assertions.assertEquals(before, FakeUpstreams.hits("petitions"),
                "the preflight is answered by the gateway");
    }

    @Test
    void aDenouncersFileRequestMaySendItsReceiptCodeHeader() {
        // issue 20.3: GET /api/v1/public/petitions/attachments with the code in Receipt-Code, never in the URL
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "receipt-code")
                .when().options("/api/v1/public/petitions/attachments")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Allow-Headers", containsString("Receipt-Code"));
    }

    @Test
    void preflightFromOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/petitions")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void actualRequestCarriesCorsHeaders() {
        given().header("Origin", ORIGIN)
                .auth().oauth2(TestTokens.token("an.nv", "01.021", "petition-handler"))
                .when().get("/api/v1/petitions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"))
                .body("service", equalTo("petitions-service"));
    }
}
