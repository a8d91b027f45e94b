package vn.minhbach.chassis.units;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code minhbach.units.*}: the unit registry copy every service validates against. */
@ConfigMapping(prefix = "minhbach.units")
public interface UnitsConfig {

    /** Validate unit-valued fields and token units against the registry (the table must exist). */
    @WithDefault("true")
    boolean enabled();

    /** Insert the rows of {@code units/hanoi-units.csv} that the table lacks, at start. */
    @WithDefault("true")
    boolean seed();

    /** How often a replica re-reads the table (changes made by another replica or applied from events). */
    @WithDefault("30s")
    Duration reloadInterval();

    /**
     * What a token whose unit was retired gets: {@code refuse} (403 naming the successors) or
     * {@code accept} (for a stack that replays history with the officials of that time, e.g. the local
     * scenario's Bắc Từ Liêm officials).
     */
    @WithDefault("refuse")
    String retiredTokens();

    /**
     * Paths accepted although not registered, valid on every day: synthetic test units only (for
     * example {@code ^01\.9\d\d(\..*)?$}). Never set in production.
     */
    Optional<String> unregisteredPattern();
}
