package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/**
 * Protected routes are limited per token client ({@code azp}) and subject: one integration client
 * that exhausts its bucket gets 429, another client with the same roles does not.
 */
@QuarkusTest
@TestProfile(AuthenticatedRateLimitTest.SmallLimit.class)
class AuthenticatedRateLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minhbach.gateway.rate-limit.authenticated.requests", "3",
                    "minhbach.gateway.rate-limit.authenticated.period", "3s");
        }
    }

    static String integrationToken(String clientId) {
        return Jwt.preferredUserName("service-account-" + clientId)
                .subject("sa-" + clientId)
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("azp", clientId)
                .claim("unit", "01")
                .claim("resource_access", Map.of("minhbach-integration", Map.of("roles", List.of("statistics-reader"))))
                .expiresIn(Duration.ofMinutes(10))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void eachClientHasItsOwnBucket() throws InterruptedException {
        String first = integrationToken("so-tai-chinh");
        String second = integrationToken("thanh-tra-tp");
        Response limited = null;
        int allowed = 0;
        for (int i = 0; i < 10 && limited == null; i++) {
            Response response = given().auth().oauth2(first).when().get("/api/v1/reports/period");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                response.then().statusCode(200).body("service", equalTo("programs-service"));
                allowed++;
            }
        }
        assertTrue(limited != null, "no 429 for the first client");
        // At least the burst; a slow machine may see a token refilled (greedy refill, 1 per second) meanwhile.
        assertTrue(allowed >= 3, "allowed " + allowed);
        limited.then().contentType("application/problem+json").body("status", equalTo(429));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));

        // Client roles from resource_access count as project roles; another client is not limited.
        given().auth().oauth2(second).when().get("/api/v1/reports/period").then().statusCode(200);

        Thread.sleep(retryAfter * 1000 + 100);
        given().auth().oauth2(first).when().get("/api/v1/reports/period").then().statusCode(200);
    }
}
