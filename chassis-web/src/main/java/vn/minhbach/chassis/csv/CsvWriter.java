package vn.minhbach.chassis.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of every export (docs/chassis.md, "CSV exports"). RFC 4180 through Apache Commons
 * CSV ({@link CSVFormat#RFC4180}: comma, CRLF between records, a cell holding a comma, a double quote,
 * CR or LF is quoted and its quotes doubled), plus the defence against formula injection: a text cell
 * starting with {@code = + - @}, a tab or a carriage return (or their full-width forms, which some
 * spreadsheets also read as operators) gets a leading apostrophe, so a spreadsheet shows it as text
 * instead of evaluating it (OWASP, "CSV Injection",
 * https://owasp.org/www-community/attacks/CSV_Injection). Numbers and booleans are written as they are:
 * they cannot carry a formula, and a figure stays a figure.
 *
 * <pre>{@code
 * CsvWriter csv = CsvWriter.minimal("section", "indicator", "dimension", "value");
 * csv.row("citizenReception", "personVisits", "", 1820);
 * return csv.toString();
 * }</pre>
 */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    private CsvWriter(QuoteMode quoting, String... header) {
        try {
            if (header.length > 0) {
                // The header as plain names whatever the quoting of the records.
                CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get().printRecord(out, (Object[]) header);
            }
            printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(quoting).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /** Quotes a cell only when RFC 4180 needs it (comma, quote, CR, LF, and a few leading characters). */
    public static CsvWriter minimal(String... header) {
        return new CsvWriter(QuoteMode.MINIMAL, header);
    }

    /** Quotes every non-null cell of the records (a null cell stays empty; the header is not quoted). */
    public static CsvWriter quoted(String... header) {
        return new CsvWriter(QuoteMode.ALL_NON_NULL, header);
    }

    /** One record; {@code null} is an empty cell. */
    public CsvWriter row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cell(cells[i]);
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CsvWriter row(List<?> cells) {
        return row(cells.toArray());
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The value a cell holds: numbers and booleans as they are, any other value as defused text. */
    static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return defuse(value.toString());
    }

    /** Text a spreadsheet will not evaluate: a leading apostrophe before a formula's first character. */
    public static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return FORMULA_STARTS.indexOf(first) >= 0 ? "'" + text : text;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
}
