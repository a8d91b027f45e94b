package vn.minhbach.chassis.tokens;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Verified bearer tokens remembered by {@link VerifiedTokens}: the same settings at the gateway and every service. */
@ConfigMapping(prefix = "minhbach.token-cache")
public interface TokenCacheConfig {

    /** {@code false}: every request's token is verified again (signature, issuer, audience, expiry). */
    @WithDefault("true")
    boolean enabled();

    /** Longest a verified token is reused without checking its signature again (never past its exp). */
    @WithDefault("60s")
    Duration maxAge();

    /** Most tokens remembered; the least recently used are forgotten first. */
    @WithDefault("10000")
    long maxSize();
}
