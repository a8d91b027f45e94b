package vn.minhbach.testing.hostile;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.testing.TestTokens;

/**
 * Tokens a service must refuse (OWASP API2, broken authentication): forged signature, wrong issuer,
 * wrong audience, expired, {@code alg: none}, HMAC signed (key confusion), a valid token whose claims
 * were edited, and garbage. Each is otherwise shaped exactly like a good token for the same user.
 */
public final class HostileTokens {

    private HostileTokens() {
    }

    /** Name of each bad token to the token itself. */
    public static Map<String, String> all(String user, String unit, String... roles) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("forged signature (other RSA key, same kid)", forgedSignature(user, unit, roles));
        out.put("expired", TestTokens.expired(user, unit, roles));
        out.put("wrong issuer", wrongIssuer(user, unit, roles));
        out.put("wrong audience", TestTokens.otherAudience(user, unit, roles));
        out.put("alg none", algNone(user, unit, roles));
        out.put("HS256 (key confusion)", hmac(user, unit, roles));
        out.put("claims edited after signing", edited(user, unit));
        out.put("not yet valid", notYetValid(user, unit, roles));
        out.put("garbage", "not-a-jwt");
        out.put("empty", "");
        return out;
    }

    private static JwtClaimsBuilder claims(String user, String issuer, String unit, String... roles) {
        JwtClaimsBuilder b = Jwt.preferredUserName(user).subject(user).issuer(issuer).audience(TestTokens.AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles))).expiresIn(Duration.ofMinutes(30));
        if (unit != null) {
            b.claim("unit", unit);
        }
        return b;
    }

    public static String forgedSignature(String user, String unit, String... roles) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return claims(user, TestTokens.ISSUER, unit, roles).jws().keyId("1").sign(g.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrongIssuer(String user, String unit, String... roles) {
        return claims(user, "https://attacker.example.com", unit, roles).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String notYetValid(String user, String unit, String... roles) {
        long future = System.currentTimeMillis() / 1000 + 3600;
        return claims(user, TestTokens.ISSUER, unit, roles).issuedAt(future).claim("nbf", future)
                .expiresAt(future + 3600).jws().keyId("1").sign("privateKey.jwk");
    }

    public static String hmac(String user, String unit, String... roles) {
        return claims(user, TestTokens.ISSUER, unit, roles).jws().keyId("1")
                .signWithSecret("a-shared-secret-an-attacker-chose-0123456789abcdef");
    }

    /** A good token's payload replaced by one claiming the admin role, header and signature kept. */
    public static String edited(String user, String unit) {
        String good = TestTokens.token(user, unit, "citizen");
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"citizen\"", "\"admin\",\"petition-handler\",\"identity-custodian\"");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    /** Header {@code {"alg":"none"}}, valid claims, empty signature. */
    public static String algNone(String user, String unit, String... roles) {
        String good = TestTokens.token(user, unit, roles);
        String payload = good.split("\\.")[1];
        return b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"1\"}") + "." + payload + ".";
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
