package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** Issue 19.6 at the edge: Location carries the public origin. */
@QuarkusTest
class IntegratorHttpTest {

    static final String TOKEN = TestTokens.token("svc", "01", "petition-intake");

    @Test
    void aLocationWithTheBackendsOriginGetsTheOriginTheClientUsed() {
        given().auth().oauth2(TOKEN).header("Host", "api.minhbach.test")
                .when().post("/api/v1/petitions/located")
                .then().statusCode(201)
                .header("Location", equalTo("http://api.minhbach.test/api/v1/petitions/42?x=1"));
    }
}
