package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.units.Unit;

/**
 * The period report as a party document (issue 18.8): the DOCX opened with POI and read part by part
 * in the order HD 36 lays them out, the PDF read back with PDFBox (its Vietnamese text extracts as
 * written, which it only does when the embedded font maps every glyph). Plain JUnit.
 */
class ReportDocumentTest {

    static final Unit HANOI = new Unit("01", "Thành phố Hà Nội", Unit.Level.CITY, List.of(), null, null, null,
            List.of(), null, 1);
    static final Unit BTL = new Unit("01.021", "Quận Bắc Từ Liêm", Unit.Level.DISTRICT, List.of(), "01", null,
            LocalDate.of(2025, 6, 30), List.of(), null, 1);

    static ReportDocument article() {
        return ReportDocument.of(Reports.article(),
                ReportDocument.Issuer.of("01.021", Optional.of(BTL), Optional.of(HANOI)), null);
    }

    @Test
    void theIssuerFollowsTheUnitsLevelAndName() {
        var district = ReportDocument.Issuer.of("01.021", Optional.of(BTL), Optional.of(HANOI));
        assertEquals("Đảng bộ thành phố Hà Nội", district.superior());
        assertEquals("Quận uỷ Bắc Từ Liêm", district.committee());
        assertEquals("QU", district.symbol());
        assertEquals("Bắc Từ Liêm", district.place());
        var city = ReportDocument.Issuer.of("01", Optional.of(HANOI), Optional.empty());
        assertEquals("Thành uỷ Hà Nội", city.committee());
        assertEquals("TU", city.symbol());
        var ward = ReportDocument.Issuer.of("01.021.00611", Optional.of(new Unit("01.021.00611", "Phường Xuân Tảo",
                Unit.Level.COMMUNE, List.of(), "01.021", null, null, List.of(), null, 1)), Optional.of(BTL));
        assertEquals("Đảng bộ quận Bắc Từ Liêm", ward.superior());
        assertEquals("Đảng uỷ phường Xuân Tảo", ward.committee());
        assertEquals("ĐU", ward.symbol());
        assertEquals("Quận uỷ Bắc Từ Liêm", ward.superiorCommittee());
        assertEquals("ngày 06 tháng 02 năm 2026", ReportDocument.longDate(LocalDate.of(2026, 2, 6)));
        assertEquals("ngày 31 tháng 10 năm 2022", ReportDocument.longDate(LocalDate.of(2022, 10, 31)));
    }

    @Test
    void theDocxHasTheHd36PartsInOrderWithTheNarrativeAndTheFigures() throws Exception {
        byte[] bytes = ReportDocx.render(article());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/bao-cao-01.021.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<IBodyElement> parts = doc.getBodyElements();
            // Heading block: issuing body left, party heading right.
            XWPFTable heading = (XWPFTable) parts.get(0);
            String left = heading.getRow(0).getCell(0).getText();
            String right = heading.getRow(0).getCell(1).getText();
            assertTrue(left.startsWith("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"), left);
            assertTrue(left.contains("QUẬN UỶ BẮC TỪ LIÊM"), left);
            assertTrue(left.contains("Số      -BC/QU"), left);
            XWPFParagraph party = heading.getRow(0).getCell(1).getParagraphs().get(0);
            assertEquals("ĐẢNG CỘNG SẢN VIỆT NAM", party.getText());
            assertTrue(party.getRuns().get(0).isBold());
            // generatedAt 2026-12-06T07:05Z is 14:05 in Hà Nội
            assertTrue(right.contains("Bắc Từ Liêm, ngày 06 tháng 12 năm 2026"), right);
            XWPFParagraph title = (XWPFParagraph) parts.get(1);
            assertEquals("BÁO CÁO", title.getText());
            assertTrue(title.getRuns().get(0).isBold());
            assertTrue(((XWPFParagraph) parts.get(2)).getText().contains("từ ngày 1/3/2021 đến ngày 31/10/2022"));

            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("1. Công tác kiểm tra, giám sát"), text);
            assertTrue(text.contains("quận thành lập 25 đoàn kiểm tra trực tiếp tại 44 lượt chi bộ trực thuộc"), text);
            assertTrue(text.contains("tiếp công dân với 1.820 lượt người và tiếp nhận 1.506 đơn"), text);
            assertTrue(text.contains("Rà soát lại 2 chuyên đề, kế hoạch, đề án"), text);
            assertTrue(text.contains("Bảng 1. Kiểm tra, giám sát theo cấp tiến hành"), text);

            List<XWPFTable> tables = doc.getTables();
            // heading, 4 figure tables (inspection, reception, programs, review), closing
            assertEquals(6, tables.size());
            XWPFTable inspection = tables.get(1);
            assertEquals("Ban Thường vụ Quận uỷ: kiểm tra", inspection.getRow(1).getCell(0).getText());
            assertEquals(List.of("25", "44", "38", "7", "0"), cells(inspection, 1).subList(1, 6));
            XWPFTable reception = tables.get(2);
            assertTrue(rows(reception).contains(List.of("Lượt người được tiếp", "1.820")), rows(reception).toString());
            assertTrue(rows(reception).contains(List.of("Trong đó: đang giải quyết", "463")));
            XWPFTable programs = tables.get(3);
            assertTrue(rows(programs).contains(List.of("Chương trình số 10-CTr/TU: chuyên đề đã tổ chức thực hiện", "15")));
            assertTrue(rows(programs).contains(List.of("Lượt đại biểu dự hội nghị", "700")));
            XWPFTable review = tables.get(4);
            assertEquals(List.of("2", "Kế hoạch số 25-KH/QU ngày 12/4/2021", "Học tập"), cells(review, 2));

            XWPFTable closing = tables.get(5);
            String recipients = closing.getRow(0).getCell(0).getText();
            assertTrue(recipients.startsWith("Nơi nhận:"), recipients);
            assertTrue(recipients.contains("- Thường trực Thành uỷ Hà Nội (để báo cáo),"), recipients);
            assertTrue(recipients.contains("- Lưu Văn phòng Quận uỷ Bắc Từ Liêm."), recipients);
            assertTrue(closing.getRow(0).getCell(1).getText().startsWith("T/M BAN THƯỜNG VỤ"));
            assertTrue(closing.getRow(0).getCell(1).getText().contains("BÍ THƯ"));
            assertEquals(parts.size() - 1, parts.indexOf(closing), "the signature block closes the document");

            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals("11906", size.getW().toString()); // A4
            assertEquals("Times New Roman", doc.getParagraphs().get(0).getRuns().get(0).getFontFamily());
        }
    }

    @Test
    void userTextStaysTextInTheDocx() throws Exception {
        String hostile = "</w:t><w:t>injected & <b>bold</b>\nnew line";
        PeriodReport r = Reports.article();
        var work = r.programWork();
        var conference = new PeriodReport.ConferenceLine(LocalDate.of(2021, 5, 20), hostile, false, 0, 10);
        r = Reports.with(r, new PeriodReport.ProgramWork(work.programs(), work.projects(), work.instrumentsIssued(),
                work.tasks(), work.tasksDone(), work.tasksOverdue(), 1, 0, 10, List.of(conference), work.briefings()));
        ReportDocument d = ReportDocument.of(r, ReportDocument.Issuer.of("01.021", Optional.of(BTL), Optional.of(HANOI)), "12");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportDocx.render(d)))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(text.contains("Tổ chức Hội nghị </w:t><w:t>injected & <b>bold</b> new line với 10 đại biểu."), text);
            assertTrue(doc.getTables().get(0).getRow(0).getCell(0).getText().contains("Số 12-BC/QU"));
        }
    }

    @Test
    void thePdfEmbedsAVietnameseFontAndReadsBackAsWritten() throws Exception {
        byte[] bytes = ReportPdf.render(article());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/bao-cao-01.021.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            PDRectangleCheck.a4(pdf.getPage(0));
            String text = positional(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "QUẬN UỶ BẮC TỪ LIÊM", "Số -BC/QU",
                    "Bắc Từ Liêm, ngày 06 tháng 12 năm 2026", "BÁO CÁO",
                    "quận thành lập 25 đoàn kiểm tra trực tiếp tại 44 lượt chi bộ trực thuộc",
                    "Bảng 2. Tiếp công dân, giải quyết đơn thư", "Lượt người được tiếp 1.820", "Nơi nhận:",
                    "T/M BAN THƯỜNG VỤ", "BÍ THƯ")) {
                assertTrue(text.contains(expected), expected + " not in: " + text);
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSerif")), fonts.toString());
        }
    }

    /** A4 is 595 × 842 points. */
    static final class PDRectangleCheck {
        static void a4(PDPage page) {
            assertEquals(595, Math.round(page.getMediaBox().getWidth()));
            assertEquals(842, Math.round(page.getMediaBox().getHeight()));
        }
    }

    private static List<String> cells(XWPFTable t, int row) {
        return t.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static List<List<String>> rows(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.getNumberOfRows(); i++) {
            rows.add(cells(t, i));
        }
        return rows;
    }

    /** The text in reading order (by position on the page, as a reader or pdftotext takes it). */
    static String positional(PDDocument pdf) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }
}
