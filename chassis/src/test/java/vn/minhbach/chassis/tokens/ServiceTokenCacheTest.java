package vn.minhbach.chassis.tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/**
 * A service verifies a bearer token once and then remembers it (chassis-tokens {@link VerifiedTokens},
 * the gateway's cache too), and still refuses what it refused before: a remembered token once it has
 * expired, a tampered copy, a token without the role; the unit check runs on every request.
 */
@QuarkusTest
class ServiceTokenCacheTest {

    static final String MINE = "/test/widgets/mine";

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenIsVerifiedOnceAndAnsweredEachTime() {
        String token = TestTokens.token("nhi", "01.021", "inspector");
        long before = verified.size();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get(MINE).then().statusCode(200).body("user", equalTo("nhi"));
        }
        assertEquals(before + 1, verified.size(), "one entry for one token, however often it is sent");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        long expiresAt = System.currentTimeMillis() / 1000 + 3;
        String token = Jwt.preferredUserName("hoa").subject("hoa").issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE).claim("unit", "01.021")
                .claim("realm_access", Map.of("roles", List.of("inspector")))
                .expiresAt(expiresAt).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(token).when().get(MINE).then().statusCode(200);
        while (System.currentTimeMillis() / 1000 <= expiresAt + 1) {
            Thread.sleep(250);
        }
        given().auth().oauth2(token).when().get(MINE).then().statusCode(401);
    }

    @Test
    void aTamperedCopyAndMissingRolesAreStillRefused() {
        String token = TestTokens.token("khoa", "01.021", "inspector");
        given().auth().oauth2(token).when().get(MINE).then().statusCode(200);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered).when().get(MINE).then().statusCode(401);
        given().auth().oauth2(token).when().get("/test/widgets/admin-only").then().statusCode(403);
        given().auth().oauth2(token).when().get("/test/widgets/admin-only").then().statusCode(403);
    }

    @Test
    void theUnitCheckRunsOnARememberedTokenToo() {
        String token = TestTokens.token("lan", null, "inspector");
        given().auth().oauth2(token).when().get(MINE).then().statusCode(403).body("type", org.hamcrest.Matchers.endsWith("unit.missing"));
        given().auth().oauth2(token).when().get(MINE).then().statusCode(403).body("type", org.hamcrest.Matchers.endsWith("unit.missing"));
    }
}
