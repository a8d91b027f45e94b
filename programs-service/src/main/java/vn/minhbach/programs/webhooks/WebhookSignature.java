package vn.minhbach.programs.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * The Standard Webhooks signature: {@code webhook-signature: v1,<base64 HMAC-SHA256>} over
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"}, keyed with the secret's bytes; a secret is
 * {@code whsec_} followed by the base64 of 24 to 64 bytes. Tested by {@code WebhookSignatureTest}.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a secret; 400 {@code webhook.secret-invalid} (field {@code secret}) if malformed. */
    public static byte[] key(String secret) {
        String s = secret == null ? "" : secret.trim();
        if (s.startsWith(PREFIX)) {
            s = s.substring(PREFIX.length());
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw ProblemException.badRequest("webhook.secret-invalid", MIN_BYTES, MAX_BYTES).withField("secret");
        }
        return key;
    }

    /** {@code v1,<base64(HMAC-SHA256(key, id.timestamp.body))>} */
    public static String sign(byte[] key, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
