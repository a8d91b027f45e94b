package vn.minhbach.chassis.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * The one CSV reader of every import, the counterpart of {@link CsvWriter}: RFC 4180 through Apache
 * Commons CSV (comma, double quotes around a cell holding a comma, a quote or a line break, quotes
 * doubled inside), as spreadsheets save it: a UTF-8 byte order mark is skipped, blank lines are
 * ignored, spaces around a cell are trimmed. A file that is not CSV (a quote never closed) is a 422
 * {@code csv.malformed} naming the line, never a 500 and never half a file.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).get();

    private CsvReader() {
    }

    /** The records of {@code text}, each a list of its cells. */
    public static List<List<String>> rows(String text) {
        String s = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        try (var parser = FORMAT.parse(new StringReader(s))) {
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw ProblemException.unprocessable("csv.malformed", parser.getCurrentLineNumber() + 1);
                }
                rows.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return rows;
    }
}
