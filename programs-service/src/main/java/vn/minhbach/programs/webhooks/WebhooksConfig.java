package vn.minhbach.programs.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the webhook deliveries ({@code minhbach.webhooks.*}; docs/programs.md "Webhooks"). */
@ConfigMapping(prefix = "minhbach.webhooks")
public interface WebhooksConfig {

    /** How often due deliveries are looked for (the scheduler reads the same key). */
    @WithDefault("2s")
    String pollInterval();

    /** Deliveries taken per round. */
    @WithDefault("50")
    int batchSize();

    /** Wait after the first failed attempt; doubles after each further one. */
    @WithDefault("5s")
    Duration initialBackoff();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** A delivery still failing this long after it was queued is parked (listed, redeliverable). */
    @WithDefault("24h")
    Duration parkAfter();

    /** Bound of one attempt (connect and answer). */
    @WithDefault("10s")
    Duration timeout();

    /** A taken delivery is not taken again before this; an instance that died mid-attempt is retried after it. */
    @WithDefault("60s")
    Duration lease();

    /** Hosts a target may name: exact names or {@code *.suffix}; empty means any public host. */
    Optional<List<String>> allowedHosts();

    /** Loopback, private, link-local and other non-public addresses as targets: only for tests. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Plain http targets: only for tests. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * AES-256 key (base64, 32 bytes) that encrypts the subscriptions' secrets at rest. Without it
     * webhooks are off: creating a subscription answers 503 {@code webhooks.not-configured}.
     */
    Optional<String> secretKey();

    /** Subscriptions one owner may hold. */
    @WithDefault("20")
    int maxSubscriptions();
}
