package vn.minhbach.programs;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.reporter;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The period report endpoint serves the party document (issue 18.8) by content negotiation, to the
 * roles that read reports, for the caller's subtree only; a bad document number is a 400 problem.
 */
@QuarkusTest
class ReportDocumentEndpointTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String QUERY = "/api/v1/reports/period?from=2022-01-01&to=2022-06-30";

    @Test
    void theDocxOfTheCitysReportNamesTheCityCommitteeFromTheRegistry() throws Exception {
        byte[] body = as("leader", "01", "leader").accept(DOCX).get(QUERY + "&number=57").then().statusCode(200)
                .contentType(DOCX)
                .header("Content-Disposition", containsString("bao-cao-01-2022-01-01-2022-06-30.docx"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body))) {
            String issuer = doc.getTables().get(0).getRow(0).getCell(0).getText();
            assertTrue(issuer.contains("THÀNH UỶ HÀ NỘI"), issuer);
            assertTrue(issuer.contains("Số 57-BC/TU"), issuer);
            assertTrue(doc.getTables().get(0).getRow(0).getCell(1).getText().startsWith("ĐẢNG CỘNG SẢN VIỆT NAM"));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BÁO CÁO")));
        }
    }

    @Test
    void thePdfOfADistrictReportReadsBackInVietnamese() throws Exception {
        byte[] body = as("auditor", "01.983", "auditor").accept("application/pdf").get(QUERY).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            String text = positional(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
            assertTrue(text.contains("Từ 1/2022 – 30/6/2022, quận chưa thành lập đoàn kiểm tra, giám sát trực tiếp nào."), text);
            assertTrue(text.contains("T/M BAN THƯỜNG VỤ"), text);
        }
    }

    @Test
    void rolesScopeAndBadNumbersAreRefused() {
        reporter("01.983").accept(DOCX).get(QUERY).then().statusCode(403);
        as("leader", "01.983", "leader").accept("application/pdf").get(QUERY + "&unit=01.984").then().statusCode(404); // another district: not found, as for every resource
        as("leader", "01.983", "leader").accept(DOCX).get(QUERY + "&number=12%3Cb%3E").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        // JSON stays the default.
        String json = as("leader", "01.983", "leader").get(QUERY).then().statusCode(200).extract().contentType();
        assertEquals("application/json", json.split(";")[0]);
    }

    /** The text in reading order (by position on the page, as a reader or pdftotext takes it). */
    static String positional(PDDocument pdf) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }
}
