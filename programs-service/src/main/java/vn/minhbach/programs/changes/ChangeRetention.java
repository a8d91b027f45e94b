package vn.minhbach.programs.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.minhbach.chassis.retention.RetentionRule;

/**
 * How long the change feed keeps an event ({@code minhbach.changes.retention}, default 400 days: a
 * year's reports and a margin; empty keeps everything). The chassis' Retention deletes older rows; the
 * table {@code change_feed_horizon} (V41) then remembers the highest position deleted.
 */
@ApplicationScoped
public class ChangeRetention {

    @ConfigProperty(name = "minhbach.changes.retention", defaultValue = "P400D")
    Optional<Duration> keep;

    @Produces
    RetentionRule changeEvents() {
        return new RetentionRule("change_event", "recorded_at", null, keep);
    }
}
