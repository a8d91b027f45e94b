package vn.minhbach.chassis.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Plain JUnit: RFC 4180 shape, formula defusing, quoting of CR/LF, numbers left as figures. */
class CsvWriterTest {

    @Test
    void formulaCellsAreDefusedAndStayTextForASpreadsheet() {
        String csv = CsvWriter.minimal("a").row("=HYPERLINK(\"http://x\",\"y\")").row("+1").row("-2+3").row("@SUM(A1)")
                .row("\tx").row("\rx").row("＝1").row("plain - text = fine").toString();
        List<CSVRecord> rows = read(csv);
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "'＝1",
                "plain - text = fine"), rows.stream().skip(1).map(r -> r.get(0)).toList());
    }

    @Test
    void numbersAreNotDefusedAndRecordsEndWithCrLf() {
        assertEquals("section,value\r\nx,-5\r\ny,true\r\n",
                CsvWriter.minimal("section", "value").row("x", -5).row("y", true).toString());
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedSoOneCellStaysOneCell() {
        String csv = CsvWriter.minimal("a", "b").row("Đảng bộ phường, thử", "dòng 1\ndòng 2").row("nói \"có\"", "x\r\ny")
                .toString();
        assertEquals("a,b\r\n\"Đảng bộ phường, thử\",\"dòng 1\ndòng 2\"\r\n\"nói \"\"có\"\"\",\"x\r\ny\"\r\n", csv);
        List<CSVRecord> rows = read(csv);
        assertEquals(3, rows.size());
        assertEquals("dòng 1\ndòng 2", rows.get(1).get(1));
        assertEquals("nói \"có\"", rows.get(2).get(0));
    }

    @Test
    void quotedModeQuotesEveryNonEmptyCellAndLeavesNullEmpty() {
        assertEquals("n,k\r\n\"'=1\",,\"2022-01-01\"\r\n",
                CsvWriter.quoted("n", "k").row("=1", null, java.time.LocalDate.of(2022, 1, 1)).toString());
    }

    private static List<CSVRecord> read(String csv) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
