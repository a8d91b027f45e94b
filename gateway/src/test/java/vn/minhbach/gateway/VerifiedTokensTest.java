package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.tokens.VerifiedTokens;
import vn.minhbach.testing.TestTokens;

/**
 * The edge remembers verified tokens to save the signature check, and must still refuse every token
 * it would refuse without the cache: one that expired after it was remembered, a tampered copy of a
 * remembered one, and one whose roles do not allow the route.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aRememberedTokenIsVerifiedOnceAndStillForwarded() {
        String token = TestTokens.token("remembered.once", "01.021", "petition-handler");
        long before = verified.size();
        int hits = FakeUpstreams.hits("petitions");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/petitions").then().statusCode(200);
        }
        assertEquals(before + 1, verified.size(), "one entry for one token, however often it is sent");
        assertEquals(hits + 3, FakeUpstreams.hits("petitions"));
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        long expiresAt = System.currentTimeMillis() / 1000 + 3;
        String token = Jwt.preferredUserName("expiring.soon")
                .subject("expiring.soon")
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("unit", "01.021")
                .claim("realm_access", Map.of("roles", List.of("petition-handler")))
                .expiresAt(expiresAt)
                .jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(token).when().get("/api/v1/petitions").then().statusCode(200);
        while (System.currentTimeMillis() / 1000 <= expiresAt + 1) {
            Thread.sleep(250);
        }
        given().auth().oauth2(token).when().get("/api/v1/petitions")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() {
        String token = TestTokens.token("remembered.genuine", "01.021", "petition-handler");
        given().auth().oauth2(token).when().get("/api/v1/teams").then().statusCode(200);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered).when().get("/api/v1/teams").then().statusCode(401);
        String[] parts = token.split("\\.");
        String otherPayload = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        given().auth().oauth2(otherPayload).when().get("/api/v1/teams").then().statusCode(401);
    }

    @Test
    void rolesOfARememberedTokenStillDecide() {
        String handler = TestTokens.token("remembered.handler", "01.021", "petition-handler");
        String stranger = TestTokens.token("remembered.stranger", "01.021", "offline_access");
        String citizen = TestTokens.token("remembered.citizen", null, "citizen");
        int calendar = FakeUpstreams.hits("petitions");
        int teams = FakeUpstreams.hits("inspections");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(handler).contentType("application/json").body("{}")
                    .when().post("/api/v1/calendar/holidays").then().statusCode(403);
            given().auth().oauth2(stranger).when().get("/api/v1/teams").then().statusCode(403);
            given().auth().oauth2(citizen).when().get("/api/v1/me/overview").then().statusCode(403);
        }
        assertEquals(calendar, FakeUpstreams.hits("petitions"), "no refused request reaches the service");
        assertEquals(teams, FakeUpstreams.hits("inspections"));
    }

    @Test
    void theGatewaysOwnEndpointsSeeARememberedTokensCaller() {
        String leader = TestTokens.token("remembered.leader", "01.021", "leader");
        given().auth().oauth2(leader).when().get("/api/v1/petitions").then().statusCode(200);
        given().auth().oauth2(leader).when().get("/api/v1/me/overview").then().statusCode(200)
                .body("unit", org.hamcrest.Matchers.equalTo("01.021"));
    }
}
