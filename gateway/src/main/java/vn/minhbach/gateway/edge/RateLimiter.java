package vn.minhbach.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import vn.minhbach.gateway.config.GatewayConfig;

/**
 * Token buckets (bucket4j, in memory) per client and tier. Buckets of clients not seen for a while
 * are dropped by Caffeine, so memory stays bounded under many IPs. Each gateway replica limits on its
 * own: with n replicas a client gets at most n times the configured rate, which is acceptable for
 * protecting the services (a shared store would add a network hop to every request).
 */
@ApplicationScoped
public class RateLimiter {

    /** Which limit applies. */
    public enum Tier {
        AUTHENTICATED, PUBLIC_READ, PUBLIC_WRITE, PUBLIC_STATUS, PUBLIC_ADDITION, OPEN311_WRITE, PUBLIC_UPLOAD
    }

    /** Result of one attempt: allowed, or the seconds to wait. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds, long limit) {
    }

    @Inject
    GatewayConfig config;

    private Cache<String, Bucket> buckets;

    @PostConstruct
    void init() {
        long longestPeriod = java.util.Arrays.stream(Tier.values()).mapToLong(t -> limit(t).period().toMillis())
                .max().orElse(60_000);
        buckets = Caffeine.newBuilder()
                .maximumSize(config.rateLimit().maxClients())
                // A bucket idle for two periods is full again anyway: forgetting it changes nothing.
                .expireAfterAccess(Duration.ofMillis(2 * longestPeriod))
                .build();
    }

    public Decision tryAcquire(Tier tier, String client) {
        if (!config.rateLimit().enabled()) {
            return new Decision(true, Long.MAX_VALUE, 0, Long.MAX_VALUE);
        }
        GatewayConfig.Limit limit = limit(tier);
        Bucket bucket = buckets.get(tier.name() + '|' + client, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0, limit.requests());
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, 0, seconds, limit.requests());
    }

    private GatewayConfig.Limit limit(Tier tier) {
        return switch (tier) {
            case AUTHENTICATED -> config.rateLimit().authenticated();
            case PUBLIC_READ -> config.rateLimit().publicRead();
            case PUBLIC_WRITE -> config.rateLimit().publicWrite();
            case PUBLIC_STATUS -> config.rateLimit().publicStatus();
            case PUBLIC_ADDITION -> config.rateLimit().publicAddition();
            case OPEN311_WRITE -> config.rateLimit().open311Write();
            case PUBLIC_UPLOAD -> config.rateLimit().publicUpload();
        };
    }
}
