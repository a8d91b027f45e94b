package vn.minhbach.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.minhbach.gateway.config.GatewayConfig;

/**
 * A cost for each anonymous submission that does not rest on the IP address alone: everyone behind a
 * carrier's NAT shares one address, so an IP limit either blocks them all or lets one sender flood.
 * Before {@code POST /api/v1/public/petitions} the client fetches a challenge
 * ({@code GET /api/v1/public/challenges}) and finds a nonce such that SHA-256 of
 * {@code challenge ":" nonce} starts with {@code difficulty} zero bits (Hashcash, A. Back, 2002);
 * it sends {@code Proof-Of-Work: <challenge>:<nonce>}. A phone spends a fraction of a second per
 * submission; a flood of thousands costs as many fractions. Challenges are stateless (HMAC-signed,
 * with their expiry and difficulty), each is accepted once (remembered until it expires), and the
 * key is per gateway process unless configured, so a challenge is redeemed at the gateway that gave it
 * or, with a shared key, at any.
 */
@ApplicationScoped
public class SubmissionChallenges {

    public static final String HEADER = "Proof-Of-Work";

    /** Why a proof was refused; {@code null} when accepted. */
    public enum Refusal { MISSING, MALFORMED, FORGED, EXPIRED, REUSED, INSUFFICIENT }

    @Inject
    GatewayConfig config;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;
    private Cache<String, Boolean> redeemed;

    @PostConstruct
    void init() {
        byte[] raw = config.publicChallenge().key().map(k -> Base64.getDecoder().decode(k.trim())).orElseGet(() -> {
            byte[] generated = new byte[32];
            random.nextBytes(generated);
            return generated;
        });
        key = new SecretKeySpec(raw, "HmacSHA256");
        redeemed = Caffeine.newBuilder().maximumSize(1_000_000)
                .expireAfterWrite(config.publicChallenge().validity().plusMinutes(1)).build();
    }

    public boolean enabled() {
        return config.publicChallenge().enabled();
    }

    /** GET /api/v1/public/challenges */
    public void issue(RoutingContext rc) {
        int difficulty = config.publicChallenge().difficulty();
        Instant expires = Instant.now().plus(config.publicChallenge().validity());
        String challenge = sign(difficulty, expires.getEpochSecond());
        rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("challenge", challenge).put("algorithm", "SHA-256")
                        .put("difficulty", difficulty).put("expiresAt", expires.toString())
                        .put("header", HEADER).encode());
    }

    /** A challenge for {@code difficulty} bits that expires at {@code expiresEpoch}. */
    String sign(int difficulty, long expiresEpoch) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        ByteBuffer payload = ByteBuffer.allocate(16 + 8 + 1).put(nonce).putLong(expiresEpoch).put((byte) difficulty);
        byte[] body = payload.array();
        var b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(body) + "." + b64.encodeToString(mac(body));
    }

    /** Checks a {@code Proof-Of-Work} header value and, when it holds, redeems its challenge. */
    public Refusal redeem(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Refusal.MISSING;
        }
        int colon = header.lastIndexOf(':');
        if (colon <= 0 || colon == header.length() - 1 || header.length() > 400) {
            return Refusal.MALFORMED;
        }
        String challenge = header.substring(0, colon);
        int dot = challenge.indexOf('.');
        byte[] body;
        byte[] signature;
        try {
            body = Base64.getUrlDecoder().decode(challenge.substring(0, Math.max(dot, 0)));
            signature = Base64.getUrlDecoder().decode(challenge.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Refusal.MALFORMED;
        }
        if (dot <= 0 || body.length != 25) {
            return Refusal.MALFORMED;
        }
        if (!MessageDigest.isEqual(mac(body), signature)) {
            return Refusal.FORGED;
        }
        ByteBuffer payload = ByteBuffer.wrap(body, 16, 9);
        long expires = payload.getLong();
        int difficulty = payload.get() & 0xff;
        if (now.getEpochSecond() > expires) {
            return Refusal.EXPIRED;
        }
        if (leadingZeroBits(sha256(header)) < difficulty) {
            return Refusal.INSUFFICIENT;
        }
        if (redeemed.asMap().putIfAbsent(challenge, Boolean.TRUE) != null) {
            return Refusal.REUSED;
        }
        return null;
    }

    /** What a client does: the first nonce that meets the challenge's difficulty (tests, docs). */
    public static String solve(String challenge, int difficulty) {
        for (long n = 0; ; n++) {
            String candidate = challenge + ":" + n;
            if (leadingZeroBits(sha256(candidate)) >= difficulty) {
                return candidate;
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Visible for tests. */
    Duration validity() {
        return config.publicChallenge().validity();
    }
}
