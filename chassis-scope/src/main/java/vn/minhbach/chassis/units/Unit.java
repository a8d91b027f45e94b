package vn.minhbach.chassis.units;

import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.outbox.OptionalField;

/**
 * One administrative or party unit of the registry: its path of national codes ({@code 01} Hà Nội,
 * {@code 01.021} the former Bắc Từ Liêm district, {@code 01.021.00611} a former ward, {@code 01.00611}
 * a commune-level unit since 1 July 2025), its Vietnamese name, level, the bodies it hosts (people's
 * committee, party committee, the inspection commission and steering committee of a committee), its
 * parent, the days it is valid ({@code validFrom}/{@code validTo} inclusive, {@code null} = open) and,
 * once retired, the units that took over its territory and work.
 *
 * @param version increases with every change; copies apply an event only when it is newer
 */
public record Unit(String path, String name, Level level, List<String> bodies, @OptionalField String parent,
        @OptionalField LocalDate validFrom, @OptionalField LocalDate validTo, List<String> successors,
        @OptionalField String source, long version) {

    public enum Level { CITY, DISTRICT, COMMUNE }

    /** Bodies a unit can host; the last two are bodies of a (party) committee. */
    public static final List<String> BODIES = List.of("PEOPLES_COMMITTEE", "PARTY_COMMITTEE",
            "INSPECTION_COMMISSION", "STEERING_COMMITTEE");

    public Unit {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** True when the unit exists on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean retiredOn(LocalDate day) {
        return validTo != null && day.isAfter(validTo);
    }

    public Unit withVersion(long newVersion) {
        return new Unit(path, name, level, bodies, parent, validFrom, validTo, successors, source, newVersion);
    }
}
