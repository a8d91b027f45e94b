package vn.minhbach.chassis.units;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Accent-insensitive comparison of Vietnamese names: "Tu Liem", "từ liêm" and "Từ Liêm" fold alike. */
public final class UnitText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private UnitText() {
    }

    /** Lower case without diacritics; đ/Đ (a letter of its own, not a combining mark) becomes d. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
