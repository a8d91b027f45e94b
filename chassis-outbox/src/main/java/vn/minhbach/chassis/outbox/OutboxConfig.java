package vn.minhbach.chassis.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code minhbach.outbox.*}: where a service's events go and how the relay publishes them. */
@ConfigMapping(prefix = "minhbach.outbox")
public interface OutboxConfig {

    /** The service's topic, e.g. {@code minhbach.petitions.v1}. */
    String topic();

    /** CloudEvents {@code source}, e.g. {@code /minhbach/petitions-service}. */
    String source();

    /** False stops the relay of this instance (tests run relays by hand; a read replica never relays). */
    @WithDefault("true")
    boolean enabled();

    /** Rows taken (and locked) per relay round. */
    @WithDefault("200")
    int batchSize();

    /**
     * Fallback poll period. A commit that wrote outbox rows wakes the relay at once; the poll catches
     * rows written by other instances and retries after a backoff. Used as {@code @Scheduled(every)}.
     */
    @WithDefault("0.5s")
    String pollInterval();

    /** Backoff after the first failed attempt; doubles per attempt up to {@link #maxBackoff()}. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** Bounds how long one send may take before the row counts as failed (Kafka delivery.timeout.ms). */
    @WithDefault("PT10S")
    Duration deliveryTimeout();
}
