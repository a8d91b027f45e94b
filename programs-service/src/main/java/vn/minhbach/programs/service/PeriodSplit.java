package vn.minhbach.programs.service;

import java.time.LocalDate;

/**
 * A report period [from, to] cut for the read model's per-month aggregates (Flyway V2): the whole
 * months inside it are read from the month rows, the partial first month ("head") and partial last
 * month ("tail") from the fact rows, day by day. An empty range has its start after its end, so
 * {@code between start and end} matches nothing and every query keeps one shape.
 *
 * <p>Settled petitions of the whole months are the month cells settled before the month of
 * {@code to} (or in it, when {@code to} is its last day); when {@code to} ends mid-month, those
 * received in the whole months and settled in [first day of to's month, to] are counted from the
 * fact rows ("late").
 */
record PeriodSplit(LocalDate from, LocalDate to,
        LocalDate monthsFrom, LocalDate monthsTo,
        LocalDate headFrom, LocalDate headTo,
        LocalDate tailFrom, LocalDate tailTo,
        LocalDate settledMonthMax,
        LocalDate lateFrom, LocalDate lateTo) {

    /** First day of the month of {@code from}. */
    LocalDate firstMonth() {
        return from.withDayOfMonth(1);
    }

    /** First day of the month of {@code to}. */
    LocalDate lastMonth() {
        return to.withDayOfMonth(1);
    }

    /** The days of the month of {@code from} before {@code from} (empty when it is the 1st). */
    LocalDate[] daysBefore() {
        return from.getDayOfMonth() == 1 ? new LocalDate[] {to.plusDays(1), to}
                : new LocalDate[] {firstMonth(), from.minusDays(1)};
    }

    /** The days of the month of {@code to} after {@code to} (empty when it is the month's last day). */
    LocalDate[] daysAfter() {
        return to.getDayOfMonth() == to.lengthOfMonth() ? new LocalDate[] {to.plusDays(1), to}
                : new LocalDate[] {to.plusDays(1), to.withDayOfMonth(to.lengthOfMonth())};
    }

    static PeriodSplit of(LocalDate from, LocalDate to) {
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        boolean toEndsMonth = to.getDayOfMonth() == to.lengthOfMonth();
        LocalDate lastWholeEnd = toEndsMonth ? to : to.withDayOfMonth(1).minusDays(1);
        LocalDate toMonth = to.withDayOfMonth(1);
        LocalDate none = to.plusDays(1); // start of an empty range ending at `to`
        if (firstWhole.isAfter(lastWholeEnd)) {
            // No whole month (e.g. 2022-03-05..2022-04-20): every day from the fact rows.
            return new PeriodSplit(from, to, firstWhole, lastWholeEnd, from, to, none, to, toMonth, none, to);
        }
        return new PeriodSplit(from, to, firstWhole, lastWholeEnd,
                from, firstWhole.minusDays(1),
                lastWholeEnd.plusDays(1), to,
                toEndsMonth ? toMonth : toMonth.minusMonths(1),
                toEndsMonth ? none : toMonth, to);
    }
}
