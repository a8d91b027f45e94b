package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Public writes are limited per IP (3 per 3 s in the test profile): the limit gives 429 with
 * Retry-After as a problem, and the client gets through again after waiting that long.
 */
@QuarkusTest
class RateLimitTest {

    private static Response submitAnonymousDenunciation() {
        return given().contentType("application/json").header("Proof-Of-Work", solvedChallenge())
                .body("{\"summary\":\"tố cáo\"}").when().post("/api/v1/public/petitions");
    }

    /** What the public form does before each submission. */
    static String solvedChallenge() {
        var challenge = given().when().get("/api/v1/public/challenges").then().statusCode(200)
                .header("Cache-Control", "no-store").extract();
        return vn.minhbach.gateway.edge.SubmissionChallenges.solve(challenge.path("challenge"),
                challenge.<Integer>path("difficulty"));
    }

    @Test
    void aSubmissionWithoutAFreshProofOfWorkIsRefusedBeforeTheService() throws Exception {
        waitUntilAllowed();
        given().contentType("application/json").body("{}").when().post("/api/v1/public/petitions").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("gateway.proof-of-work.missing"));
        Thread.sleep(1100);
        String proof = solvedChallenge();
        String challenge = proof.substring(0, proof.lastIndexOf(':'));
        // a nonce that does not meet the difficulty (a pause before each write: 3 per 3 s here)
        Thread.sleep(1100);
        given().contentType("application/json").header("Proof-Of-Work", weakNonce(challenge)).body("{}")
                .when().post("/api/v1/public/petitions").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("gateway.proof-of-work.insufficient"));
        given().contentType("application/json").header("Proof-Of-Work", proof).body("{}")
                .when().post("/api/v1/public/petitions").then().statusCode(200);
        Thread.sleep(1100);
        // each challenge is redeemed once
        given().contentType("application/json").header("Proof-Of-Work", proof).body("{}")
                .when().post("/api/v1/public/petitions").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("gateway.proof-of-work.reused"));
        // a challenge this gateway did not sign
        Thread.sleep(1100);
        String forged = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        given().contentType("application/json")
                .header("Proof-Of-Work", vn.minhbach.gateway.edge.SubmissionChallenges.solve(forged, 8)).body("{}")
                .when().post("/api/v1/public/petitions").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("gateway.proof-of-work.forged"));
    }

    /** The first nonce whose hash does not start with a zero byte (the test profile asks for 8 bits). */
    private static String weakNonce(String challenge) throws Exception {
        for (int n = 0; ; n++) {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((challenge + ":" + n).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (hash[0] != 0) {
                return challenge + ":" + n;
            }
        }
    }

    @Test
    void theStatusLookupHasItsOwnBucketApartFromSubmissions() throws InterruptedException {
        // exhaust the submissions' bucket of this address
        for (int i = 0; i < 10 && submitAnonymousDenunciation().statusCode() != 429; i++) {
            // keep submitting until limited
        }
        given().contentType("application/json").body("{\"receiptCode\":\"ABCDEFGHJKMNPQRSTUVWXYZ2\"}")
                .when().post("/api/v1/public/petitions/status").then().statusCode(200);
        given().contentType("application/json").body("{\"receiptCode\":\"ABCDEFGHJKMNPQRSTUVWXYZ2\"}")
                .when().post("/api/v1/public/petitions/additions").then().statusCode(200);
        // the receipt-code steps and the change feed need no proof of work and are not submissions
        given().contentType("application/json").body("{\"receiptCode\":\"ABCDEFGHJKMNPQRSTUVWXYZ2\"}")
                .when().post("/api/v1/public/petitions/withdrawals").then().statusCode(200);
        given().contentType("application/json").body("{\"receiptCode\":\"ABCDEFGHJKMNPQRSTUVWXYZ2\"}")
                .when().post("/api/v1/public/petitions/changes").then().statusCode(200);
        Thread.sleep(3100);
    }

    @Test
    void publicWritesGet429ThenRecover() throws InterruptedException {
        waitUntilAllowed();
        Response limited = null;
        int allowed = 0;
        for (int i = 0; i < 10 && limited == null; i++) {
            Response response = submitAnonymousDenunciation();
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                response.then().statusCode(200).body("service", equalTo("petitions-service"));
                allowed++;
            }
        }
        assertTrue(limited != null, "no 429 after 10 public writes");
        // Limit 3 per 3 s, refilled greedily: a slow machine may see a token or two come back meanwhile.
        assertTrue(allowed >= 1 && allowed <= 6, "allowed " + allowed + " writes, limit is 3");
        limited.then()
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("X-RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After " + retryAfter);

        // Public reads have their own, larger bucket: still served while writes are limited.
        given().when().get("/api/v1/public/petitions/AB12CD34").then().statusCode(200);

        Thread.sleep(retryAfter * 1000 + 100);
        submitAnonymousDenunciation().then().statusCode(200);
    }

    private static void waitUntilAllowed() throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            Response response = submitAnonymousDenunciation();
            if (response.statusCode() != 429) {
                return;
            }
            Thread.sleep(250);
        }
    }
}
