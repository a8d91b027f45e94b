package vn.minhbach.inspections;

import java.util.Map;
import vn.minhbach.testing.TestTokens;

/** Tokens not covered by {@link TestTokens#token}: the integration client's, with a client role. */
final class TestTokensHolder {

    private TestTokensHolder() {
    }

    /** Like Keycloak's client-credentials token of {@code minhbach-integration} with role statistics-reader. */
    static String statisticsReader() {
        return io.smallrye.jwt.build.Jwt.preferredUserName("service-account-minhbach-integration")
                .subject("service-account-minhbach-integration")
                .issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .claim("unit", "01")
                .claim("realm_access", Map.of("roles", java.util.List.of()))
                .claim("resource_access", Map.of("minhbach-integration", Map.of("roles",
                        java.util.List.of("statistics-reader"))))
                .expiresIn(java.time.Duration.ofMinutes(30))
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
