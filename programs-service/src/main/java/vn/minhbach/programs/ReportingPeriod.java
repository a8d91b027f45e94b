package vn.minhbach.programs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reporting period label: {@code 2022-Q3} (quarter), {@code 2022-H1} (half-year), {@code 2022}
 * (year), or {@code DUE} for a task with a single due date. Knows its first and last day.
 */
public record ReportingPeriod(String label, LocalDate start, LocalDate end) {

    public static final String DUE = "DUE";
    public static final String REGEX = "^(DUE|\\d{4}(-Q[1-4]|-H[12])?)$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    /** The reporting rhythm of a recurring task. */
    public enum Recurrence { QUARTER, HALF_YEAR, YEAR }

    /** @return null when the label is not a valid period of the given rhythm */
    public static ReportingPeriod parse(String label, Recurrence recurrence) {
        if (label == null || !PATTERN.matcher(label).matches() || DUE.equals(label)) {
            return null;
        }
        int year = Integer.parseInt(label.substring(0, 4));
        if (label.length() == 4) {
            return recurrence == Recurrence.YEAR
                    ? new ReportingPeriod(label, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) : null;
        }
        int n = label.charAt(6) - '0';
        if (label.charAt(5) == 'Q' && recurrence == Recurrence.QUARTER) {
            LocalDate start = LocalDate.of(year, 3 * (n - 1) + 1, 1);
            return new ReportingPeriod(label, start, start.plusMonths(3).minusDays(1));
        }
        if (label.charAt(5) == 'H' && recurrence == Recurrence.HALF_YEAR) {
            LocalDate start = LocalDate.of(year, 6 * (n - 1) + 1, 1);
            return new ReportingPeriod(label, start, start.plusMonths(6).minusDays(1));
        }
        return null;
    }

    /** The period of the given rhythm containing {@code day}. */
    public static ReportingPeriod containing(LocalDate day, Recurrence recurrence) {
        int year = day.getYear();
        return switch (recurrence) {
            case YEAR -> parse(String.valueOf(year), recurrence);
            case HALF_YEAR -> parse(year + "-H" + (day.getMonthValue() <= 6 ? 1 : 2), recurrence);
            case QUARTER -> parse(year + "-Q" + ((day.getMonthValue() - 1) / 3 + 1), recurrence);
        };
    }

    /** Periods of the rhythm that started on or after {@code from}'s period and ended before {@code today}. */
    public static List<ReportingPeriod> endedBetween(LocalDate from, LocalDate today, Recurrence recurrence) {
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod p = containing(from, recurrence);
        while (p.end.isBefore(today)) {
            periods.add(p);
            p = containing(p.end.plusDays(1), recurrence);
        }
        return periods;
    }
}
