package vn.minhbach.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the edge decides from: the route table (path prefix to upstream), the coarse access
 * rules, rate limits, body size and the overview's sources. Kept in configuration so an operator
 * can move a prefix or tighten a limit without a release.
 */
@ConfigMapping(prefix = "minhbach.gateway")
public interface GatewayConfig {

    /** Upstream services by short name ({@code petitions}, {@code inspections}, {@code programs}). */
    Map<String, Upstream> upstreams();

    /** Path prefixes anyone may call without a token (the services still apply their own rules). */
    List<String> publicPrefixes();

    /** Path prefixes the gateway serves itself (forwarded to its own handlers, not proxied). */
    List<String> ownPrefixes();

    /**
     * The project's roles (realm roles and integration client roles). A token without any of them
     * is refused with 403 at the edge on every protected route.
     */
    List<String> projectRoles();

    /** Coarse role rules by path prefix (and method); the services enforce the fine matrix. */
    Map<String, AccessRule> access();

    RateLimits rateLimit();

    /** The proof of work asked of each anonymous submission (edge.SubmissionChallenges). */
    PublicChallenge publicChallenge();

    interface PublicChallenge {
        @WithDefault("true")
        boolean enabled();

        /** Leading zero bits of SHA-256 asked for; each bit doubles the average work (18: ~260,000 hashes). */
        @WithDefault("18")
        int difficulty();

        @WithDefault("10m")
        Duration validity();

        /** Base64 HMAC key shared by the gateway's replicas; a random one per process when absent. */
        Optional<String> key();
    }

    /** Largest request body forwarded; larger declared bodies get 413 before reaching a service. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /**
     * Longest pause allowed between two pieces of a client's request body (a phone uploading over a
     * slow link keeps going as long as bytes arrive). The upstream's {@code timeout} starts only once
     * the whole body has been passed on; a client that stalls longer gets 408 and does not count
     * against the service's circuit breaker.
     */
    @WithDefault("30s")
    Duration bodyIdleTimeout();

    /**
     * Longest time a request head (request line and headers) may take from its first byte, however often
     * bytes arrive (slowloris): past it, 408 and the connection is closed. See edge/RequestHeadDeadline.
     */
    @WithDefault("10s")
    Duration requestHeadTimeout();

    OpenApi openapi();

    /**
     * The gateway's public URL ({@code https://api.minhbach.example.vn}): links a service answers with
     * its own origin ({@code Location}) are given this one. Unset: the origin the client used.
     */
    Optional<java.net.URI> publicBaseUrl();

    Overview overview();

    Readiness readiness();

    interface Upstream {
        /** Base URL, e.g. {@code http://127.0.0.1:8081}. */
        String url();

        /** The name users and operators see in problems, e.g. {@code petitions-service}. */
        String serviceName();

        /** Path prefixes this service owns (segment-aware: {@code /a/b} matches {@code /a/b/c}, not {@code /a/bc}). */
        List<String> prefixes();

        /** Longest wait for the upstream to start answering (and between chunks) before 503. */
        @WithDefault("10s")
        Duration timeout();

        @WithDefault("2s")
        Duration connectTimeout();

        /** Connection pool size towards this upstream. */
        @WithDefault("200")
        int maxConnections();

        /** Consecutive transport failures that open the circuit breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before letting a trial request through. */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface AccessRule {
        /** Path prefix the rule applies to. */
        String prefix();

        /** HTTP methods the rule applies to; all methods when absent. */
        Optional<List<String>> methods();

        /** The caller needs at least one of these roles. */
        List<String> roles();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Per token client (azp) and subject on protected routes. */
        Limit authenticated();

        /** Per remote IP for public GET/HEAD. */
        Limit publicRead();

        /** Per remote IP for public submissions (anonymous denunciations): stricter. */
        Limit publicWrite();

        /**
         * Per remote IP for the receipt-code status lookup (a read sent as POST, so the code stays out
         * of URLs): a read tier of its own, so many people behind one carrier NAT can check their
         * status; petitions-service also limits lookups per receipt code.
         */
        Limit publicStatus();

        /** Per remote IP for additions to an anonymous denunciation, apart from submissions. */
        Limit publicAddition();

        /**
         * Per remote IP for Open311 GeoReport v2 submissions ({@code POST /open311/v2/requests.json}),
         * apart from the public form's: no proof of work, the service checks the api_key.
         */
        Limit open311Write();

        /**
         * Per remote IP for anonymous uploads ({@code POST /api/v1/public/uploads}, issue 20): files come
         * before the submission that uses them, so they cost no proof of work of their own.
         */
        Limit publicUpload();

        /** Most clients whose buckets are remembered (least recently seen are forgotten first). */
        @WithDefault("100000")
        long maxClients();
    }

    interface Limit {
        /** Requests allowed per period (also the burst size). */
        long requests();

        Duration period();
    }

    interface OpenApi {
        /** How long the merged document is reused before the services are asked again. */
        @WithDefault("30s")
        Duration cacheTtl();

        @WithDefault("3s")
        Duration fetchTimeout();

        @WithDefault("/q/openapi?format=json")
        String servicePath();

        /**
         * The issuer as a browser reaches it (env {@code OIDC_PUBLIC_URL}): the merged document's
         * security scheme points Swagger UI's login (authorization code + PKCE) at its discovery
         * document. Absent: the services' own schemes are left as they are.
         */
        Optional<String> loginIssuer();
    }

    interface Overview {
        /** Sections of {@code GET /api/v1/me/overview} by name: which upstream and path to call. */
        Map<String, Source> sources();

        interface Source {
            String upstream();

            String path();

            /**
             * Roles the source's endpoint allows (its {@code @RolesAllowed}). A caller holding none of
             * them gets no such section, rather than a section the service would refuse. Absent: every
             * caller of the overview gets the section.
             */
            Optional<List<String>> roles();
        }
    }

    interface Readiness {
        /** Path probed on each upstream. */
        @WithDefault("/q/health/ready")
        String path();

        @WithDefault("2s")
        Duration timeout();

        /**
         * {@code ALL}: ready only when every upstream is ready. {@code ANY}: ready while at least one
         * is (the gateway still answers 503 problems for the others).
         */
        @WithDefault("ALL")
        Mode mode();

        enum Mode {
            ALL, ANY
        }
    }
}
