package vn.minhbach.chassis.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

/** The one CSV reader of the imports (plain JUnit, issue 21.6/21.8). */
class CsvReaderTest {

    @Test
    void readsWhatASpreadsheetSaves() {
        String text = "\uFEFFcode,name,kind\r\n"
                + "  CB-01 , \"Chi bộ 1, phường Xuân Đỉnh\" ,PARTY_CELL\r\n"
                + "\r\n"
                + "CB-02,\"Tên có \"\"ngoặc kép\"\" và\nxuống dòng\",PARTY_CELL\n";
        assertEquals(List.of(
                List.of("code", "name", "kind"),
                List.of("CB-01", "Chi bộ 1, phường Xuân Đỉnh", "PARTY_CELL"),
                List.of("CB-02", "Tên có \"ngoặc kép\" và\nxuống dòng", "PARTY_CELL")), CsvReader.rows(text));
    }

    @Test
    void readsBackWhatTheWriterWrites() {
        CsvWriter out = CsvWriter.minimal("code", "note");
        out.row("=1+1", "a, \"b\"\r\nc");
        List<List<String>> rows = CsvReader.rows(out.toString());
        assertEquals(List.of("code", "note"), rows.get(0));
        assertEquals(List.of("'=1+1", "a, \"b\"\r\nc"), rows.get(1), "the formula stays defused");
    }

    @Test
    void emptyOrMissingTextHasNoRows() {
        assertEquals(List.of(), CsvReader.rows(null));
        assertEquals(List.of(), CsvReader.rows("\n\r\n"));
    }

    @Test
    void aQuoteNeverClosedIsA422NamingTheFileNotA500() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> CsvReader.rows("code,name\nCB-01,\"never closed\nCB-02,x\n"));
        assertEquals(422, e.status());
        assertEquals("csv.malformed", e.key());
    }
}
