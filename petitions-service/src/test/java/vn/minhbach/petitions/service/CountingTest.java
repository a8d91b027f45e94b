package vn.minhbach.petitions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.minhbach.petitions.CountUnit;

/**
 * The counting of a limit on a given table of days off (plain JUnit): working days skip days off and
 * count worked Saturdays; a calendar-day limit ending on a day off moves to the next working day, or
 * not, by the interpretation switch {@code minhbach.petitions.calendar-limit-moves-to-working-day}.
 */
class CountingTest {

    /** Tết 2026 (Thông báo 9441/TB-BNV): 16–20 Feb off; Saturday 10 Jan worked, 2 Jan off. */
    private static final Set<LocalDate> OFF = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    private static final Set<LocalDate> WORKED = Set.of(LocalDate.of(2026, 1, 10));
    private static final Predicate<LocalDate> WORKING = d -> WORKED.contains(d)
            || !OFF.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

    @Test
    void workingDaysSkipDaysOffAndCountWorkedSaturdays() {
        // Fri 13 Feb + 1 working day: the Tết week is skipped -> Mon 23 Feb
        assertEquals(LocalDate.of(2026, 2, 23),
                WorkingCalendar.lastDay(LocalDate.of(2026, 2, 13), 1, CountUnit.WORKING_DAYS, WORKING, true));
        // Wed 31 Dec 2025 + 2 working days: 1, 2 Jan off, weekend -> Mon 5, Tue 6 Jan
        assertEquals(LocalDate.of(2026, 1, 6),
                WorkingCalendar.lastDay(LocalDate.of(2025, 12, 31), 2, CountUnit.WORKING_DAYS, WORKING, true));
        // Fri 9 Jan + 1 working day: Saturday 10 Jan is worked
        assertEquals(LocalDate.of(2026, 1, 10),
                WorkingCalendar.lastDay(LocalDate.of(2026, 1, 9), 1, CountUnit.WORKING_DAYS, WORKING, true));
        // the switch does not concern working days
        assertEquals(LocalDate.of(2026, 2, 23),
                WorkingCalendar.lastDay(LocalDate.of(2026, 2, 13), 1, CountUnit.WORKING_DAYS, WORKING, false));
    }

    @Test
    void aCalendarDayLimitEndingOnADayOffFollowsTheSwitch() {
        // 18 Jan + 30 days = Tue 17 Feb, mùng 1 Tết: next working day Mon 23 Feb (Civil Code Đ.148 k.5) ...
        assertEquals(LocalDate.of(2026, 2, 23),
                WorkingCalendar.lastDay(LocalDate.of(2026, 1, 18), 30, CountUnit.CALENDAR_DAYS, WORKING, true));
        // ... or that very day with the alternative reading
        assertEquals(LocalDate.of(2026, 2, 17),
                WorkingCalendar.lastDay(LocalDate.of(2026, 1, 18), 30, CountUnit.CALENDAR_DAYS, WORKING, false));
        // a limit ending on a working day is the same either way
        assertEquals(LocalDate.of(2026, 3, 2),
                WorkingCalendar.lastDay(LocalDate.of(2026, 1, 31), 30, CountUnit.CALENDAR_DAYS, WORKING, true));
    }
}
