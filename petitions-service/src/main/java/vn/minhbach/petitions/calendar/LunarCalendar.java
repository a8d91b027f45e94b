package vn.minhbach.petitions.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for a given meridian.
 *
 * <p>Rules (the same as the Chinese calendar, but at Vietnam's UTC+7 rather than China's UTC+8):
 * a month starts on the local day of a new moon; the month containing the December solstice is month
 * 11; when 13 new moons fall between two months 11, the first month after month 11 without a principal
 * solar term (trung khí, a multiple of 30° of solar longitude) is the leap month and repeats the
 * number of the month before it.
 *
 * <p>Source of the method: Hồ Ngọc Đức, "Thuật toán tính âm lịch" / "Computing the Vietnamese lunar
 * calendar" (2004, informatik.uni-leipzig.de/~duc/amlich/), which uses the truncated new-moon series
 * of Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed. 1998), ch. 49, and the low-precision solar
 * longitude of ch. 25. Accuracy is that of those series (minutes), enough for civil dates in
 * 1800–2199; written here from the published formulas, checked against published Tết dates
 * (LunarCalendarTest).
 *
 * <p>No Maven Central library was used: ICU4J's {@code ChineseCalendar} computes at UTC+8 (Beijing)
 * and exposes another meridian only through a protected constructor meant for its Korean subclass, so
 * it would give China's Tết in the years where the two differ (2007, 2030, …).
 */
public final class LunarCalendar {

    /** Vietnam's civil time since 1975 (UTC+7). */
    public static final double VIETNAM = 7.0;
    /** China's civil time (UTC+8), for comparison only. */
    public static final double CHINA = 8.0;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon k = 0 (1900-01-01) in Meeus' numbering used by the method. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private final double zoneHours;

    public LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    public static LunarCalendar vietnam() {
        return new LunarCalendar(VIETNAM);
    }

    /** A lunar date: day 1–30, month 1–12, the lunar year it belongs to, leap month or not. */
    public record LunarDate(int day, int month, int year, boolean leap) {
    }

    // ---- astronomy ----

    /** Julian Ephemeris Day of the k-th new moon after 1900-01-01 (Meeus ch. 49, truncated series). */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double rad = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad);
        double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * rad;
        double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * rad;
        double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * rad;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
                + 0.0021 * Math.sin(2 * sunAnomaly)
                - 0.4068 * Math.sin(moonAnomaly) + 0.0161 * Math.sin(2 * moonAnomaly)
                - 0.0004 * Math.sin(3 * moonAnomaly)
                + 0.0104 * Math.sin(2 * latitude)
                - 0.0051 * Math.sin(sunAnomaly + moonAnomaly) - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
                + 0.0004 * Math.sin(2 * latitude + sunAnomaly) - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
                - 0.0006 * Math.sin(2 * latitude + moonAnomaly) + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
                + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
        // ΔT (dynamical minus universal time) in days, the method's polynomial fit.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /** Apparent solar longitude in degrees [0, 360) at Julian day {@code jd} (Meeus ch. 25, low precision). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double rad = Math.PI / 180;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(rad * meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(rad * 2 * meanAnomaly)
                + 0.000290 * Math.sin(rad * 3 * meanAnomaly);
        double longitude = (meanLongitude + centre) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }

    /** The local civil day (Julian day number) of the k-th new moon. */
    long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + zoneHours / 24);
    }

    /** The 30° sector (0–11) of the sun's longitude at the start of local day {@code dayNumber}. */
    int solarSector(long dayNumber) {
        return (int) (sunLongitude(dayNumber - 0.5 - zoneHours / 24) / 30);
    }

    /** The first day of lunar month 11 (the month holding the December solstice) of Gregorian year y. */
    long month11(int year) {
        long dec31 = dayNumber(LocalDate.of(year, 12, 31));
        int k = (int) ((dec31 - 2415021) / SYNODIC_MONTH);
        long start = newMoonDay(k);
        // a month starting after the sun passed 270° does not contain the solstice: take the previous one
        return solarSector(start) >= 9 ? newMoonDay(k - 1) : start;
    }

    /** Months after month 11 (starting at {@code month11}) up to the first one without a principal term. */
    int leapMonthOffset(long month11) {
        int k = (int) ((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = solarSector(newMoonDay(k + i));
        int previous;
        do {
            previous = sector;
            i++;
            sector = solarSector(newMoonDay(k + i));
        } while (sector != previous && i < 14);
        return i - 1;
    }

    // ---- conversions ----

    public LunarDate toLunar(LocalDate date) {
        long day = dayNumber(date);
        int k = (int) ((day - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > day) {
            monthStart = newMoonDay(k);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            b11 = a11;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int lunarDay = (int) (day - monthStart + 1);
        int diff = (int) ((monthStart - a11) / 29);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarDay, month, lunarYear, leap);
    }

    /** The Gregorian date of a lunar date; a leap month that the year does not have is refused. */
    public LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = month11(lunarYear - 1);
            b11 = month11(lunarYear);
        } else {
            a11 = month11(lunarYear);
            b11 = month11(lunarYear + 1);
        }
        int k = (int) (0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            if (leap || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + offset);
        return LocalDate.ofEpochDay(monthStart + lunarDay - 1 - 2440588);
    }

    /** The first day of Tết (mùng 1 tháng Giêng) of lunar year {@code year}. */
    public LocalDate tet(int year) {
        return toSolar(1, 1, year, false);
    }

    /** The last day of the lunar year before {@code year}'s Tết (29 or 30 tháng Chạp). */
    public LocalDate newYearsEve(int year) {
        return tet(year).minusDays(1);
    }

    private static long dayNumber(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }
}
