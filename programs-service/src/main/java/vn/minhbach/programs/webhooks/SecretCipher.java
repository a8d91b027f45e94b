package vn.minhbach.programs.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.minhbach.chassis.problem.ProblemException;

/** Encrypts webhook secrets at rest with AES-256-GCM ({@code base64(iv|ciphertext|tag)}). */
@ApplicationScoped
public class SecretCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "minhbach-webhook-secret".getBytes(StandardCharsets.UTF_8);

    @Inject
    WebhooksConfig config;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;

    @PostConstruct
    void load() {
        config.secretKey().filter(k -> !k.isBlank()).ifPresent(b64 -> {
            byte[] raw = Base64.getDecoder().decode(b64.trim());
            if (raw.length != 32) {
                throw new IllegalStateException("minhbach.webhooks.secret-key must be 256 bits");
            }
            key = new SecretKeySpec(raw, "AES");
        });
    }

    public boolean enabled() {
        return key != null;
    }

    public void requireEnabled() {
        if (key == null) {
            throw new ProblemException(503, "webhooks.not-configured");
        }
    }

    public String encrypt(String secret) {
        requireEnabled();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] ct = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("webhook secret encryption failed");
        }
    }

    public String decrypt(String stored) {
        if (key == null) {
            throw new IllegalStateException("minhbach.webhooks.secret-key is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("webhook secret decryption failed");
        }
    }
}
