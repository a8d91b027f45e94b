package vn.minhbach.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Signed access tokens shaped like the ones Keycloak's realm {@code minhbach} issues: realm roles
 * under {@code realm_access.roles}, the official's unit path in {@code unit}, and the API audience.
 * They are signed with the key of {@code OidcWiremockTestResource}, so services verify them exactly
 * as they verify Keycloak's tokens (signature, issuer, audience, expiry).
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "minhbach-api";

    private TestTokens() {
    }

    /**
     * A token for {@code user} working in {@code unit} (e.g. {@code 01.021}) with the given realm roles,
     * from a login that happened just now ({@code auth_time}, as Keycloak's {@code basic} scope sets it).
     */
    public static String token(String user, String unit, String... roles) {
        return token(user, unit, java.time.Instant.now(), roles);
    }

    /** The same, from a login at {@code loggedInAt} (a stale login for step-up tests). */
    public static String token(String user, String unit, java.time.Instant loggedInAt, String... roles) {
        var builder = Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("auth_time", loggedInAt.getEpochSecond())
                .expiresIn(Duration.ofMinutes(30));
        if (unit != null) {
            builder.claim("unit", unit);
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A fresh token with extra claims (e.g. {@code given_name}, {@code family_name}, {@code email}). */
    public static String withClaims(String user, String unit, Map<String, Object> claims, String... roles) {
        var builder = Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .claim("auth_time", java.time.Instant.now().getEpochSecond())
                .expiresIn(Duration.ofMinutes(30));
        if (unit != null) {
            builder.claim("unit", unit);
        }
        claims.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A token that expired an hour ago, for the 401 cases. */
    public static String expired(String user, String unit, String... roles) {
        long past = System.currentTimeMillis() / 1000 - 3600;
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("unit", unit)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(past - 600)
                .expiresAt(past)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** A correctly signed token for another audience, which services must refuse. */
    public static String otherAudience(String user, String unit, String... roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience("some-other-system")
                .claim("unit", unit)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(30))
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
