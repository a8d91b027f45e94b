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

    public static String monthYear(LocalDate d) {
        return d.getMonthValue() + "/" + d.getYear();
    }

    /** "Từ 3/2021 – 31/10/2022": month and year of the start, full date of the end. */
    public static String period(LocalDate from, LocalDate to) {
        return "Từ " + monthYear(from) + " – " + date(to);
    }
}
