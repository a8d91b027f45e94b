package vn.minhbach.chassis.time;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * The one clock of every service (issue 21.2): business dates are Vietnamese dates, so "today" is
 * today in {@code minhbach.zone} (default {@link #HANOI}), not in the server's zone (UTC on servers and
 * containers, where from 00:00 to 07:00 in Hà Nội a date of today was refused as "in the future").
 * It is also Bean Validation's clock ({@code @PastOrPresent}, {@code @Future}…): Quarkus' Hibernate
 * Validator takes the one {@link ClockProvider} bean it finds. Code that needs "today" injects this;
 * pure functions (formatting) that need the zone use {@link #HANOI}.
 */
@Singleton
@Unremovable
public class BusinessClock implements ClockProvider {

    /** Vietnam's time zone (UTC+7, no daylight saving time). */
    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    @Inject
    BusinessClock(@ConfigProperty(name = "minhbach.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    /** A clock of its own (plain unit tests). */
    public static BusinessClock of(Clock clock) {
        return new BusinessClock(clock);
    }

    private BusinessClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** The business zone. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today in Hà Nội (the business zone). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The business day an instant falls on; {@code null} for {@code null}. */
    public LocalDate dayOf(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /** A business date may not be later than today: 422 {@code date.in-future} naming the field. */
    public void notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(today())) {
            throw ProblemException.unprocessable("date.in-future", field, date).withField(field);
        }
    }

    /** {@code date} must not precede {@code earlier} (the step it follows): 422 {@code date.before-previous}. */
    public void notBefore(LocalDate date, String field, LocalDate earlier, String earlierField) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw ProblemException.unprocessable("date.before-previous", field, date, earlierField, earlier)
                    .withField(field);
        }
    }
}
