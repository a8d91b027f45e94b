package vn.minhbach.petitions.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lunar calendar at UTC+7 against Tết dates compiled from published tables: the Chinese New Year
 * table (Hong Kong Observatory / Purple Mountain Observatory dates, as listed in Wikipedia's
 * "Chinese New Year"), corrected for the years where Vietnam's meridian moves the new moon to the
 * previous day — 2007 (Tết Đinh Hợi, Sat 17 Feb in Vietnam, Sun 18 Feb in China) and 2030 (Sat 2 Feb
 * vs Sun 3 Feb), as noted by Hồ Ngọc Đức ("Âm lịch Việt Nam", informatik.uni-leipzig.de/~duc/amlich/)
 * — and the government's Tết notices for 2021–2026 (dates of mùng 1 tháng Giêng stated in them).
 */
class LunarCalendarTest {

    private static final String[] TET_1990_2050 = {
        "1990-01-27", "1991-02-15", "1992-02-04", "1993-01-23", "1994-02-10", "1995-01-31", "1996-02-19",
        "1997-02-07", "1998-01-28", "1999-02-16", "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01",
        "2004-01-22", "2005-02-09", "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26", "2010-02-14",
        "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28",
        "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
        "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02", "2031-01-23",
        "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04",
        "2039-01-24", "2040-02-12", "2041-02-01", "2042-01-22", "2043-02-10", "2044-01-30", "2045-02-17",
        "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02", "2050-01-23" };

    private final LunarCalendar vietnam = LunarCalendar.vietnam();
    private final LunarCalendar china = new LunarCalendar(LunarCalendar.CHINA);

    @Test
    void tetOfEveryYearFrom1990To2050() {
        List<String> wrong = new ArrayList<>();
        for (int year = 1990; year <= 2050; year++) {
            LocalDate expected = LocalDate.parse(TET_1990_2050[year - 1990]);
            LocalDate tet = vietnam.tet(year);
            if (!tet.equals(expected)) {
                wrong.add(year + ": " + tet + " instead of " + expected);
            }
            assertEquals(new LunarCalendar.LunarDate(1, 1, year, false), vietnam.toLunar(expected));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void atUtc8TheSameAlgorithmGivesThePublishedChineseDates() {
        // The reference list is China's (Hong Kong Observatory) with Vietnam's two corrections of the
        // period; the same computation at UTC+8 must give China's list itself, or the list would prove nothing.
        List<String> wrong = new ArrayList<>();
        for (int year = 1990; year <= 2050; year++) {
            LocalDate expected = switch (year) {
                case 2007 -> LocalDate.of(2007, 2, 18);
                case 2030 -> LocalDate.of(2030, 2, 3);
                default -> LocalDate.parse(TET_1990_2050[year - 1990]);
            };
            if (!china.tet(year).equals(expected)) {
                wrong.add(year + ": " + china.tet(year) + " instead of " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void vietnamAndChinaDifferIn1985And2007And2030Only() {
        // 1985: the December 1984 new moon falls before midnight at UTC+7 and after it at UTC+8, which
        // moves month 11 and the leap month: Tết Ất Sửu was 21 Jan 1985 in Vietnam, 20 Feb in China.
        assertEquals(LocalDate.of(1985, 1, 21), vietnam.tet(1985));
        assertEquals(LocalDate.of(1985, 2, 20), china.tet(1985));
        assertEquals(LocalDate.of(2007, 2, 17), vietnam.tet(2007));
        assertEquals(LocalDate.of(2007, 2, 18), china.tet(2007));
        assertEquals(LocalDate.of(2030, 2, 2), vietnam.tet(2030));
        assertEquals(LocalDate.of(2030, 2, 3), china.tet(2030));
        List<Integer> differ = new ArrayList<>();
        for (int year = 1980; year <= 2050; year++) {
            if (!vietnam.tet(year).equals(china.tet(year))) {
                differ.add(year);
            }
        }
        assertEquals(List.of(1985, 2007, 2030), differ);
        // Tết Mậu Thân 1968: the North (UTC+7 since 8 Aug 1967) celebrated on 29 Jan, the South (UTC+8) on 30 Jan.
        assertEquals(LocalDate.of(1968, 1, 29), vietnam.tet(1968));
        assertNotEquals(vietnam.tet(1968), china.tet(1968));
    }

    @Test
    void hungKingsDayTenthOfThirdLunarMonth() {
        // Giỗ Tổ Hùng Vương, 10/3 âm lịch, as stated in the holiday notices of each year.
        assertEquals(LocalDate.of(2021, 4, 21), vietnam.toSolar(10, 3, 2021, false));
        assertEquals(LocalDate.of(2022, 4, 10), vietnam.toSolar(10, 3, 2022, false));
        assertEquals(LocalDate.of(2023, 4, 29), vietnam.toSolar(10, 3, 2023, false));
        assertEquals(LocalDate.of(2024, 4, 18), vietnam.toSolar(10, 3, 2024, false));
        assertEquals(LocalDate.of(2025, 4, 7), vietnam.toSolar(10, 3, 2025, false));
        assertEquals(LocalDate.of(2026, 4, 26), vietnam.toSolar(10, 3, 2026, false));
        assertEquals(LocalDate.of(2027, 4, 16), vietnam.toSolar(10, 3, 2027, false));
    }

    @Test
    void leapMonthsAndNewYearsEve() {
        // 2023 (Quý Mão) had a leap 2nd month starting 22 Mar 2023; 2025 (Ất Tỵ) a leap 6th month from 25 Jul 2025.
        assertEquals(LocalDate.of(2023, 3, 22), vietnam.toSolar(1, 2, 2023, true));
        assertEquals(new LunarCalendar.LunarDate(1, 6, 2025, true), vietnam.toLunar(LocalDate.of(2025, 7, 25)));
        assertThrows(IllegalArgumentException.class, () -> vietnam.toSolar(1, 5, 2024, true));
        // The last day of Ất Tỵ was 29 tháng Chạp (16 Feb 2026), as the 2026 notice says.
        assertEquals(LocalDate.of(2026, 2, 16), vietnam.newYearsEve(2026));
        assertEquals(new LunarCalendar.LunarDate(29, 12, 2025, false), vietnam.toLunar(LocalDate.of(2026, 2, 16)));
        // 2024: 8 Feb was 29 and 9 Feb 30 tháng Chạp Quý Mão (notice for Tết Giáp Thìn).
        assertEquals(new LunarCalendar.LunarDate(29, 12, 2023, false), vietnam.toLunar(LocalDate.of(2024, 2, 8)));
    }
}
