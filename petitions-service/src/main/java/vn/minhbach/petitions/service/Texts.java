package vn.minhbach.petitions.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Small helpers: hashes, receipt codes, LIKE escaping. */
public final class Texts {

    /** No 0/O, 1/I/L: a code read aloud over the phone must survive. 31 symbols, 24 chars ≈ 119 bits. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Texts() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String receiptCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Normalises a receipt code as typed: case and separators do not matter. */
    public static String normaliseReceipt(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static String likeFragment(String q) {
        return q.replace("\\", "").replace("%", "").replace("_", "").trim();
    }


    /**
     * A person's name in Vietnamese order (họ, tên đệm, tên) from OpenID Connect claims: Keycloak's
     * {@code name} puts the given name first ("An Nguyễn Văn"), so family + middle + given is used when
     * the parts are there ("Nguyễn Văn An"); otherwise {@code name} as it is; null when nothing is known.
     */
    public static String vietnameseName(String family, String middle, String given, String name) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {family, middle, given}) {
            if (part != null && !part.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part.trim().replaceAll("\\s+", " "));
            }
        }
        if (b.length() > 0 && given != null && !given.isBlank()) {
            return b.toString();
        }
        return name == null || name.isBlank() ? (b.length() > 0 ? b.toString() : null) : name.trim().replaceAll("\\s+", " ");
    }
}
