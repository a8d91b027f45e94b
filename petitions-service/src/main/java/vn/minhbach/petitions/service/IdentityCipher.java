package vn.minhbach.petitions.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.minhbach.petitions.config.PetitionsConfig;

/**
 * Encrypts petitioners' identity at rest with AES-256-GCM. Ciphertext is {@code keyId:base64(iv|ct|tag)}
 * so a rotated-out key still decrypts old rows; new rows use the active key. Exceptions never carry
 * the plaintext.
 */
@ApplicationScoped
public class IdentityCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    PetitionsConfig config;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private SecretKeySpec fingerprintKey;

    @PostConstruct
    void loadKeys() {
        config.identityKeys().forEach((id, b64) -> {
            byte[] raw = Base64.getDecoder().decode(b64.trim());
            if (raw.length != 32) {
                throw new IllegalStateException("identity key " + id + " must be 256 bits");
            }
            keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        if (!keys.containsKey(config.identityActiveKey())) {
            throw new IllegalStateException("identity-active-key names no configured key");
        }
        fingerprintKey = new SecretKeySpec(Base64.getDecoder().decode(config.identityFingerprintKey().trim()),
                "HmacSHA256");
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String keyId = config.identityActiveKey();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] ct = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("identity encryption failed");
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String keyId = colon < 0 ? "" : stored.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("identity key " + keyId + " is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("identity decryption failed for key " + keyId);
        }
    }

    /**
     * Encrypts {@code plaintext} under a key that only the holder of {@code secret} can derive
     * (HMAC-SHA256 of the secret under the fingerprint key, used as an AES-256-GCM key): the
     * remembered answer of an anonymous submission holds its receipt code, and must not be readable
     * from the database by anyone who does not present the submitter's Idempotency-Key again.
     */
    public String sealFor(String secret, String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derived(secret), new GCMParameterSpec(TAG_BITS, iv));
            byte[] ct = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed");
        }
    }

    /** Opens what {@link #sealFor} sealed with the same secret. */
    public String openWith(String secret, String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derived(secret), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("opening failed");
        }
    }

    private SecretKeySpec derived(String secret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(fingerprintKey);
        return new SecretKeySpec(mac.doFinal(("sealed-answer|" + secret).getBytes(StandardCharsets.UTF_8)), "AES");
    }

    /** Keyed hash of the accent-folded name and the ID number: equal for the same person, opaque otherwise. */
    public String fingerprint(String name, String idNumber) {
        String basis = fold(name) + "|" + (idNumber == null ? "" : idNumber.replaceAll("\\s", ""));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fingerprint failed");
        }
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
