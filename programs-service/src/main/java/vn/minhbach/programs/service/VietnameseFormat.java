package vn.minhbach.programs.service;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/** Vietnamese number and date writing: 1.820 (dot groups thousands), 31/10/2022, 3/2021. */
public final class VietnameseFormat {

    private VietnameseFormat() {
    }

    public static String number(long n) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return format.format(n);
    }

    public static String date(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }

    /** "14 giờ 05 ngày 6/12/2026" (the time as given, e.g. already in Asia/Ho_Chi_Minh). */
    public static String time(java.time.ZonedDateTime t) {
        return t.getHour() + " giờ " + String.format("%02d", t.getMinute()) + " ngày " + date(t.toLocalDate());
    }

    public static String monthYear(LocalDate d) {
        return d.getMonthValue() + "/" + d.getYear();
    }

    /** "Từ 3/2021 – 31/10/2022": month and year of the start, full date of the end. */
    public static String period(LocalDate from, LocalDate to) {
        return "Từ " + monthYear(from) + " – " + date(to);
    }
}
