package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.petitions.CalendarDay;
import vn.minhbach.petitions.CountUnit;

/**
 * Working days: Monday to Friday, minus the holidays of the per-year table, plus its compensating
 * working days. Reads the table on each computation (a few dozen rows per year) so an
 * administrator's change applies at once.
 */
@ApplicationScoped
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate day, Map<LocalDate, CalendarDay.Kind> table) {
        CalendarDay.Kind kind = table.get(day);
        if (kind != null) {
            return kind == CalendarDay.Kind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a limit of {@code days} counted from the day after {@code start}. Working days
     * skip days off; calendar days run straight, but a limit ending on a day off ends on the next
     * working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
     */
    public LocalDate addDays(LocalDate start, int days, CountUnit unit) {
        Map<LocalDate, CalendarDay.Kind> table = table(start, start.plusDays(days * 3L + 60));
        LocalDate day = start;
        if (unit == CountUnit.WORKING_DAYS) {
            int counted = 0;
            while (counted < days) {
                day = day.plusDays(1);
                if (isWorkingDay(day, table)) {
                    counted++;
                }
            }
            return day;
        }
        day = start.plusDays(days);
        while (!isWorkingDay(day, table)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Map<LocalDate, CalendarDay.Kind> table(LocalDate from, LocalDate to) {
        List<CalendarDay> days = CalendarDay.list("day between ?1 and ?2", from, to);
        Map<LocalDate, CalendarDay.Kind> table = new HashMap<>();
        days.forEach(d -> table.put(d.day, d.kind));
        return table;
    }
}
