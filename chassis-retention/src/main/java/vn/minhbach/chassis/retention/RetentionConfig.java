package vn.minhbach.chassis.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code minhbach.retention.*}: how long the chassis' own tables keep their rows (docs/chassis.md). */
@ConfigMapping(prefix = "minhbach.retention")
public interface RetentionConfig {

    /** False stops this instance's scheduled rounds (tests run {@link Retention#runOnce()} by hand). */
    @WithDefault("true")
    boolean enabled();

    /** Period of the scheduled round ({@code @Scheduled(every)}). */
    @WithDefault("1h")
    String interval();

    /** Rows deleted per statement, so one round never holds long locks. */
    @WithDefault("5000")
    int batchSize();

    /** Sent outbox rows: the event is on its topic; the row only helps an operator trace a delivery. */
    @WithDefault("P7D")
    Optional<Duration> outboxSent();

    /**
     * The inbox ({@code processed_event}): empty (the default) keeps every row. The topics keep their
     * events without a time limit and an idle consumer group's offsets expire (Kafka's
     * {@code offsets.retention.minutes}, 7 days), after which {@code auto.offset.reset=earliest} reads a
     * topic again from its start: only this table then keeps each event to one effect. Set it only
     * together with a topic retention shorter than the value.
     */
    Optional<Duration> processedEvents();
}
