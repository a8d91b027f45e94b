package vn.minhbach.programs.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification and its reference libraries. */
    @Test
    void signsLikeTheStandardWebhooksReference() {
        byte[] key = WebhookSignature.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void theIdTheTimestampAndTheBodyAreAllSigned() {
        byte[] key = WebhookSignature.key(WebhookSignature.newSecret());
        String base = WebhookSignature.sign(key, "id", 100, "{}");
        assertNotEquals(base, WebhookSignature.sign(key, "id2", 100, "{}"));
        assertNotEquals(base, WebhookSignature.sign(key, "id", 101, "{}"));
        assertNotEquals(base, WebhookSignature.sign(key, "id", 100, "{ }"));
    }

    @Test
    void aNewSecretIsWhsecAnd32RandomBytes() {
        String a = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
        assertNotEquals(a, WebhookSignature.newSecret());
    }

    @Test
    void aGivenSecretNeeds24To64Bytes() {
        assertEquals(24, WebhookSignature.key(Base64.getEncoder().encodeToString(new byte[24])).length);
        for (String bad : List.of("", "whsec_", "whsec_" + Base64.getEncoder().encodeToString(new byte[23]),
                Base64.getEncoder().encodeToString(new byte[65]), "whsec_not base64!")) {
            ProblemException e = assertThrows(ProblemException.class, () -> WebhookSignature.key(bad), bad);
            assertEquals("webhook.secret-invalid", e.key());
        }
    }

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheCap() {
        Duration initial = Duration.ofSeconds(5), max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(5), WebhookDispatcher.backoff(1, initial, max));
        assertEquals(Duration.ofSeconds(10), WebhookDispatcher.backoff(2, initial, max));
        assertEquals(Duration.ofSeconds(40), WebhookDispatcher.backoff(4, initial, max));
        assertEquals(Duration.ofHours(1), WebhookDispatcher.backoff(11, initial, max));
        assertEquals(Duration.ofHours(1), WebhookDispatcher.backoff(500, initial, max));
    }
}
