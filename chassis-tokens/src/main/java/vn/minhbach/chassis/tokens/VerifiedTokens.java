package vn.minhbach.chassis.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the identity of a bearer token that quarkus-oidc has verified, until the token expires
 * and at most {@code minhbach.token-cache.max-age}: the one token cache of the gateway and of every
 * service.
 *
 * <p>Why: checking the RS256 signature and parsing the claims was about a third of the gateway's CPU
 * per proxied request and a seventh of petitions-service's per intake (docs/benchmarks.md), and a
 * mobile app or another system sends the same token for minutes. Each hop still verifies a token it
 * has not seen (defence in depth: a service never trusts the gateway's check), but once per token,
 * not once per request. Only tokens that passed every check of quarkus-oidc (signature, issuer,
 * audience, expiry) are remembered, keyed by the whole token text, so a caller cannot fill the cache
 * with forged tokens, and the cache is bounded. A token stays accepted for at most {@code max-age}
 * after its signing key is withdrawn from the realm's JWKS; expiry is never extended. What is cached
 * is quarkus-oidc's identity before augmentation: the services' augmentors (the token's unit checked
 * against the unit registry) still run on every request.
 *
 * <p>Runs before quarkus-oidc's own provider (higher priority) and hands a miss to it; the gateway's
 * edge also looks a token up directly ({@link #known}).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** quarkus-oidc stores the request's routing context in the identity; the cache must not keep it. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String BEARER = "Bearer ";

    @Inject
    OidcIdentityProvider oidc;

    @Inject
    TokenCacheConfig config;

    private Cache<String, SecurityIdentity> verified;

    @PostConstruct
    void init() {
        long maxAgeNanos = config.maxAge().toNanos();
        verified = Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .expireAfter(Expiry.<String, SecurityIdentity>creating((token, identity) ->
                        Duration.ofNanos(Math.min(maxAgeNanos, nanosUntilExpiry(identity)))))
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!config.enabled()) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        SecurityIdentity known = verified.getIfPresent(token);
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (known != null && nanosUntilExpiry(known) > 0) {
            return Uni.createFrom().item(withRoutingContext(known, rc));
        }
        return oidc.authenticate(request, context).invoke(identity -> {
            if (identity != null && !identity.isAnonymous()) {
                verified.put(token, withRoutingContext(identity, null));
            }
        });
    }

    /**
     * The remembered identity of the bearer token in an {@code Authorization} header, or null when the
     * header holds none, the token is not remembered or has expired. {@link EdgeRoutes} asks this
     * first for proxied routes: a hit skips quarkus-oidc's whole pipeline (it decodes the token's
     * claims again before it even reaches an identity provider). The identity has no routing context.
     */
    public SecurityIdentity known(String authorization) {
        if (authorization == null || !config.enabled()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        SecurityIdentity known = verified.getIfPresent(authorization.substring(BEARER.length()).trim());
        return known != null && nanosUntilExpiry(known) > 0 ? known : null;
    }

    /** Entries now remembered (tests, metrics). */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /**
     * A copy of {@code identity} whose routing context is {@code rc}, or has none: principal, roles,
     * credentials and the other attributes as quarkus-oidc built them. Permission checkers are not
     * copied: the gateway authorises by roles only (AccessPolicy).
     */
    private static SecurityIdentity withRoutingContext(SecurityIdentity identity, RoutingContext rc) {
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        if (rc != null) {
            attributes.put(ROUTING_CONTEXT, rc);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addAttributes(attributes)
                .build();
    }

    /** Time left before the token's {@code exp}; 0 when it has none or it has passed. */
    private static long nanosUntilExpiry(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return 0;
        }
        long left = Duration.ofSeconds(jwt.getExpirationTime()).toNanos() - currentEpochNanos();
        return Math.max(0, left);
    }

    private static long currentEpochNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
