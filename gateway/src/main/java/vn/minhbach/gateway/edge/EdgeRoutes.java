package vn.minhbach.gateway.edge;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.tokens.VerifiedTokens;
import vn.minhbach.gateway.config.GatewayConfig;
import vn.minhbach.gateway.openapi.OpenApiMerger;
import vn.minhbach.gateway.problem.Problems;
import vn.minhbach.gateway.proxy.Forwarder;
import vn.minhbach.gateway.proxy.PathPrefix;
import vn.minhbach.gateway.proxy.Upstream;
import vn.minhbach.gateway.proxy.Upstreams;

/**
 * The edge pipeline for {@code /api/v1/**} and {@code /open311/**}: path hygiene, body size, authentication (quarkus-oidc,
 * lazily), coarse authorisation, rate limit, then either the reverse proxy or the gateway's own
 * endpoint. Runs on the event loop and never blocks: the token check uses quarkus-oidc's cached JWKS.
 *
 * <p>Route orders: Quarkus' CORS filter (-300) and authentication filter (-200) run before these.
 */
@ApplicationScoped
public class EdgeRoutes {

    private static final Logger LOG = Logger.getLogger(EdgeRoutes.class);
    static final int ORDER_REQUEST_ID = Integer.MIN_VALUE + 100;
    static final int ORDER_EDGE = 100;
    /** The gateway's own public endpoint: a proof-of-work challenge for an anonymous submission. */
    static final String CHALLENGES = "/api/v1/public/challenges";
    static final String OPEN311 = "/open311";
    /** Anonymous uploads (issue 20): a bucket of their own, no proof of work (the submission pays it). */
    static final String PUBLIC_UPLOADS = "/api/v1/public/uploads";
    private static final BiConsumer<RoutingContext, Throwable> AUTH_FAILURE = (rc, failure) -> unauthenticated(rc);

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    @Inject
    Forwarder forwarder;

    @Inject
    AccessPolicy policy;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    OpenApiMerger openApi;

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    SubmissionChallenges challenges;

    void install(@Observes Router router) {
        router.route().order(ORDER_REQUEST_ID).handler(RequestIds::handle);
        router.route("/api/v1/*").order(ORDER_EDGE).handler(this::edge);
        // Open311 GeoReport v2 (issue 19.4): public at the edge, the api_key is checked by petitions-service
        router.route(OPEN311 + "/*").order(ORDER_EDGE).handler(this::edge);
        router.get("/q/openapi").order(ORDER_EDGE).handler(openApi::serve);
        router.get(CHALLENGES).order(ORDER_EDGE + 1).handler(challenges::issue);
    }

    void edge(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        // "..", "." and encoded separators could make the edge and the service see different paths.
        if (path == null || !path.equals(rc.normalizedPath()) || path.contains("%2") || path.contains("%5")
                || path.contains("//")) {
            Problems.send(request, 400, "gateway.bad-path");
            return;
        }
        long maxBody = config.maxBodySize().asLongValue();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parseLength(length) > maxBody) {
            Problems.send(request, 413, "payload-too-large", maxBody);
            return;
        }
        boolean own = policy.isOwn(path);
        Upstream upstream = own ? null : upstreams.route(path);
        if (!own && upstream == null) {
            Problems.send(request, 404, "not-found", path);
            return;
        }
        if (policy.isPublic(path)) {
            RateLimiter.Tier tier = publicTier(request.method(), path);
            if (limited(rc, tier, "ip:" + clientIp(request))) {
                return;
            }
            if (tier == RateLimiter.Tier.PUBLIC_WRITE && challenges.enabled()) {
                SubmissionChallenges.Refusal refusal = challenges.redeem(request.getHeader(SubmissionChallenges.HEADER),
                        java.time.Instant.now());
                if (refusal != null) {
                    Problems.send(request, 400, "gateway.proof-of-work." + refusal.name().toLowerCase(java.util.Locale.ROOT));
                    return;
                }
            }
            pass(rc, upstream);
            return;
        }
        // A token verified moments ago is not checked again (VerifiedTokens). The gateway's own
        // endpoints take the full path: they read the identity from Quarkus' security context.
        SecurityIdentity known = upstream == null ? null : verifiedTokens.known(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (known != null) {
            authorised(rc, upstream, known);
            return;
        }
        // Hold the body while the token is checked (asynchronously the first time, to fetch the JWKS).
        request.pause();
        // Replaces Quarkus' default failure handler (an empty 401) with the problem document.
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, AUTH_FAILURE);
        Context context = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(rc, null).subscribe().with(
                identity -> onContext(context, () -> authorised(rc, upstream, identity)),
                failure -> onContext(context, () -> {
                    if (!(failure instanceof AuthenticationFailedException)) {
                        LOG.debugf(failure, "token check failed");
                    }
                    unauthenticated(rc);
                }));
    }

    private void authorised(RoutingContext rc, Upstream upstream, SecurityIdentity identity) {
        HttpServerRequest request = rc.request();
        if (identity == null || identity.isAnonymous()) {
            unauthenticated(rc);
            return;
        }
        if (!policy.allows(identity, request.method().name(), request.path())) {
            request.resume();
            Problems.send(request, 403, "forbidden", request.method().name(), request.path());
            return;
        }
        if (limited(rc, RateLimiter.Tier.AUTHENTICATED, clientKey(identity))) {
            request.resume();
            return;
        }
        pass(rc, upstream);
    }

    private void pass(RoutingContext rc, Upstream upstream) {
        if (upstream == null) {
            rc.request().resume();
            rc.next();
        } else {
            forwarder.forward(upstream, rc.request());
        }
    }

    private boolean limited(RoutingContext rc, RateLimiter.Tier tier, String client) {
        RateLimiter.Decision decision = rateLimiter.tryAcquire(tier, client);
        var response = rc.response();
        if (decision.allowed()) {
            if (decision.limit() != Long.MAX_VALUE) {
                response.putHeader("X-RateLimit-Limit", Long.toString(decision.limit()));
                response.putHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
            }
            return false;
        }
        response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.putHeader("X-RateLimit-Limit", Long.toString(decision.limit()));
        response.putHeader("X-RateLimit-Remaining", "0");
        Problems.send(rc.request(), 429, "rate-limited", decision.retryAfterSeconds());
        return true;
    }

    private static void unauthenticated(RoutingContext rc) {
        if (rc.response().headWritten()) {
            return;
        }
        rc.request().resume();
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(rc.request(), 401, "unauthorized");
    }

    /**
     * The token's client ({@code azp}) and subject: officials share the mobile app's client id, so
     * the client id alone would make them share one bucket; an integration client's service account
     * has one subject, so for it this is the client id.
     */
    static String clientKey(SecurityIdentity identity) {
        String azp = null;
        String subject = identity.getPrincipal() == null ? null : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            azp = jwt.getClaim("azp");
            if (jwt.getSubject() != null) {
                subject = jwt.getSubject();
            }
        }
        return "client:" + (azp == null ? "-" : azp) + "|" + subject;
    }

    private static String clientIp(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /**
     * Each public operation has a bucket of its own, so a burst of submissions from one address does
     * not block that address's status checks: reads, the receipt-code status lookup (a POST that only
     * reads), additions, Open311 submissions, anonymous uploads, and submissions (every other public write).
     */
    static RateLimiter.Tier publicTier(HttpMethod method, String path) {
        if (isRead(method)) {
            return RateLimiter.Tier.PUBLIC_READ;
        }
        if (PathPrefix.matches(path, OPEN311)) {
            return RateLimiter.Tier.OPEN311_WRITE;
        }
        if (path.endsWith("/status") || path.endsWith("/changes")) {
            return RateLimiter.Tier.PUBLIC_STATUS;
        }
        if (path.endsWith("/additions") || path.endsWith("/withdrawals")) {
            // steps on an existing denunciation with its receipt code (no new petition: no proof of work)
            return RateLimiter.Tier.PUBLIC_ADDITION;
        }
        if (path.equals(PUBLIC_UPLOADS)) {
            return RateLimiter.Tier.PUBLIC_UPLOAD;
        }
        return RateLimiter.Tier.PUBLIC_WRITE;
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
