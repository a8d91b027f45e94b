package vn.minhbach.chassis.time;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock of Bean Validation's {@code @PastOrPresent}, {@code @Future}…: business dates are
 * Vietnamese dates, so "today" is today in {@code minhbach.zone} (default Asia/Ho_Chi_Minh), not in
 * the server's zone. With the default (UTC on servers and containers), from 00:00 to 07:00 in Hà Nội
 * a date of today was refused as "in the future". Quarkus' Hibernate Validator takes the one
 * {@link ClockProvider} bean it finds.
 */
@Singleton
@Unremovable
public class BusinessClock implements ClockProvider {

    private final Clock clock;

    BusinessClock(@ConfigProperty(name = "minhbach.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** Today in Hà Nội (the business zone). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The business day an instant falls on; {@code null} for {@code null}. */
    public java.time.LocalDate dayOf(java.time.OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
