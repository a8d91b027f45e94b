package vn.minhbach.chassis.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The reference by which events name the integration client that submitted a petition (issue 19):
 * {@code base64url(SHA-256("minhbach-intake-client:" + user name))}, the user name being the one
 * petitions-service records as the submitter (for a client-credentials token
 * {@code service-account-<client id>}). Services compare it with the reference of the calling
 * client; the client's name itself never travels in an event.
 */
public final class IntakeClients {

    private IntakeClients() {
    }

    public static String ref(String submitterName) {
        if (submitterName == null || submitterName.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("minhbach-intake-client:" + submitterName).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
