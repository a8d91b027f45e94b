package vn.minhbach.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Set;

/**
 * The unit registry's events on {@code minhbach.programs.v1} (programs-service owns the registry) as the other
 * services read them (petitions-service's and inspections-service's {@code UnitEventsConsumer}), in one place.
 *
 * <p>{@code unit.created}, {@code unit.changed} and {@code unit.retired} carry a whole unit: their data is
 * chassis-scope's {@code Unit} record itself (the schemas {@code docs/events/schemas/unit.*.schema.json} are
 * generated from it) and every copy reads it with {@code UnitRegistry.apply}, so it has no second view here.
 * {@code unit.succession} is read as {@link Succession}: unknown fields are ignored and a field missing from the
 * event is {@code null} for the consumer to refuse ({@code requestedBy} may be missing: nobody named).
 */
public final class UnitEventData {

    public static final String TOPIC = "minhbach.programs.v1";
    public static final String CREATED = "unit.created";
    public static final String CHANGED = "unit.changed";
    public static final String RETIRED = "unit.retired";
    public static final String SUCCESSION = "unit.succession";
    /** The events whose data is a whole unit, applied to a service's copy of the registry. */
    public static final Set<String> REGISTRY_CHANGES = Set.of(CREATED, CHANGED, RETIRED);

    private UnitEventData() {
    }

    /** {@code unit.succession}: the open work of the retired unit {@code from} goes to {@code to}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Succession(String unitPath, String from, String to, LocalDate effectiveDate, String requestedBy) {

        /** {@code from}, {@code to} and {@code effectiveDate} are all there (a succession cannot go without). */
        public boolean complete() {
            return from != null && to != null && effectiveDate != null;
        }
    }
}
