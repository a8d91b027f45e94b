package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cut of a report period into a partial first month, whole months and a partial last month (plain
 * JUnit, issue 21.8): every day of the period is counted exactly once, the whole months are whole, and
 * the periods of the article (a year, a half year, a quarter) and odd ones split as a reader expects.
 */
class PeriodSplitTest {

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    @Test
    void aCalendarYearIsTwelveWholeMonthsWithoutPartialMonths() {
        PeriodSplit s = PeriodSplit.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        assertEquals(LocalDate.of(2022, 1, 1), s.monthsFrom());
        assertEquals(LocalDate.of(2022, 12, 31), s.monthsTo());
        assertTrue(s.headFrom().isAfter(s.headTo()), "no partial first month");
        assertTrue(s.tailFrom().isAfter(s.tailTo()), "no partial last month");
        // every month cell settled up to December counts; nothing is counted late from the fact rows
        assertEquals(LocalDate.of(2022, 12, 1), s.settledMonthMax());
        assertTrue(s.lateFrom().isAfter(s.lateTo()));
    }

    @Test
    void aPeriodFromTheFifteenthToTheTwentiethHasAHeadWholeMonthsAndATail() {
        // 15 Dec 2021 - 20 Jun 2022: the reporting period of a half-year report closed on the 20th
        PeriodSplit s = PeriodSplit.of(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 6, 20));
        assertEquals(LocalDate.of(2021, 12, 15), s.headFrom());
        assertEquals(LocalDate.of(2021, 12, 31), s.headTo());
        assertEquals(LocalDate.of(2022, 1, 1), s.monthsFrom());
        assertEquals(LocalDate.of(2022, 5, 31), s.monthsTo());
        assertEquals(LocalDate.of(2022, 6, 1), s.tailFrom());
        assertEquals(LocalDate.of(2022, 6, 20), s.tailTo());
        // month cells settled up to May; those settled 1-20 June come from the fact rows
        assertEquals(LocalDate.of(2022, 5, 1), s.settledMonthMax());
        assertEquals(LocalDate.of(2022, 6, 1), s.lateFrom());
        assertEquals(LocalDate.of(2022, 6, 20), s.lateTo());
    }

    @Test
    void aPeriodWithoutAWholeMonthIsReadDayByDay() {
        PeriodSplit s = PeriodSplit.of(LocalDate.of(2022, 3, 5), LocalDate.of(2022, 4, 20));
        assertTrue(s.monthsFrom().isAfter(s.monthsTo()), "no whole month");
        assertEquals(LocalDate.of(2022, 3, 5), s.headFrom());
        assertEquals(LocalDate.of(2022, 4, 20), s.headTo());
        assertTrue(s.tailFrom().isAfter(s.tailTo()));
    }

    @Test
    void everyDayOfAnyPeriodIsCountedExactlyOnceAndWholeMonthsAreWhole() {
        Random random = new Random(20221231L);
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = base.plusDays(random.nextInt(1_500));
            LocalDate to = from.plusDays(random.nextInt(800));
            PeriodSplit s = PeriodSplit.of(from, to);
            for (LocalDate d = from.minusDays(3); !d.isAfter(to.plusDays(3)); d = d.plusDays(1)) {
                int parts = (within(d, s.headFrom(), s.headTo()) ? 1 : 0)
                        + (within(d, s.monthsFrom(), s.monthsTo()) ? 1 : 0)
                        + (within(d, s.tailFrom(), s.tailTo()) ? 1 : 0);
                assertEquals(within(d, from, to) ? 1 : 0, parts, from + ".." + to + " day " + d);
            }
            if (!s.monthsFrom().isAfter(s.monthsTo())) {
                assertEquals(1, s.monthsFrom().getDayOfMonth(), from + ".." + to);
                assertEquals(s.monthsTo().lengthOfMonth(), s.monthsTo().getDayOfMonth(), from + ".." + to);
            }
            // the days outside the period in its first and last months are exactly the ones it leaves out
            LocalDate[] before = s.daysBefore();
            LocalDate[] after = s.daysAfter();
            for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to.withDayOfMonth(to.lengthOfMonth())); d = d.plusDays(1)) {
                boolean outside = within(d, before[0], before[1]) || within(d, after[0], after[1]);
                assertEquals(!within(d, from, to), outside, from + ".." + to + " day " + d);
            }
        }
    }
}
