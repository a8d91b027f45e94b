package vn.minhbach.programs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import vn.minhbach.programs.service.PeriodReport.ConferenceLine;
import vn.minhbach.programs.service.PeriodReport.InspectionSupervision;
import vn.minhbach.programs.service.PeriodReport.InstrumentLine;
import vn.minhbach.programs.service.PeriodReport.LevelFigures;
import vn.minhbach.programs.service.PeriodReport.LevelSigns;
import vn.minhbach.programs.service.PeriodReport.ProgramFigures;
import vn.minhbach.programs.service.PeriodReport.ProgramWork;
import vn.minhbach.programs.service.PeriodReport.ProjectFigures;
import vn.minhbach.programs.service.PeriodReport.SignsOfViolation;

/** Plain JUnit: whose work each sentence counts, "chưa" sentences, one spelling, inert user text, "đến nay". */
class ReportNarrativeTest {

    @Test
    void theArticleSentencesKeepTheirWordsAndFigures() {
        String md = ReportNarrative.render(Reports.article());
        for (String sentence : List.of(
                "Từ 3/2021 – 31/10/2022, quận thành lập 25 đoàn kiểm tra trực tiếp tại 44 lượt chi bộ trực thuộc và 7 đảng viên;"
                        + " thành lập 5 đoàn giám sát trực tiếp tại 5 đảng uỷ cơ sở trực thuộc và 6 đảng viên.",
                "Đảng uỷ, chi bộ cơ sở đã tiến hành kiểm tra đối với 168 tổ chức đảng, 28 đảng viên và giám sát với"
                        + " 29 tổ chức đảng, 11 đảng viên.",
                "Đặc biệt, Uỷ ban kiểm tra Quận uỷ đã chủ động kiểm tra khi có dấu hiệu vi phạm liên quan đến quản lý đất đai,"
                        + " trật tự xây dựng đối với 2 tổ chức đảng và 4 đảng viên thuộc diện Ban Thường vụ Quận uỷ quản lý.",
                "Từ 3/2021 – 31/10/2022, quận tiếp công dân với 1.820 lượt người và tiếp nhận 1.506 đơn.",
                "Đến 31/10/2022, các cơ quan của quận đã giải quyết xong 1.043 đơn và đang giải quyết 463 đơn.",
                "Tổ chức Hội nghị trực tuyến học tập quán triệt tuyên truyền 10 Chương trình công tác (tại 14 điểm cầu với 700 đại biểu).",
                "Tổ chức thực hiện 15 chuyên đề của Chương trình số 10-CTr/TU.",
                "Thực hiện Đề án số 56-ĐA/BCĐ ngày 25/11/2019 của Ban Chỉ đạo 07 về “Đề án”, Quận uỷ đã chỉ đạo thực hiện 7 nhóm giải pháp.",
                "Quận uỷ Bắc Từ Liêm đã ban hành Kế hoạch số 25-KH/QU ngày 12/4/2021")) {
            assertTrue(md.contains(sentence), () -> "lacks «" + sentence + "» in\n" + md);
        }
        // The commission's only work is its inspections on signs of violation: told once, in that sentence.
        assertFalse(md.contains("Uỷ ban kiểm tra Quận uỷ đã tiến hành"), md);
    }

    /** Issue 18.5 and 18.6: open register cases, corruption cases to handle, and the review, said either way. */
    @Test
    void openCasesAndTheReviewAreToldOrSaidToBeNone() {
        String md = ReportNarrative.render(Reports.article());
        assertTrue(md.contains("Đến 31/10/2022, trên địa bàn quận không có vụ việc phức tạp, tồn đọng thuộc diện Ban Chỉ"
                + " đạo thực hiện Nghị quyết 15 và Chỉ thị 15 của Thành uỷ, Quận uỷ theo dõi."), md);
        assertTrue(md.contains("Đến 31/10/2022, trên địa bàn quận chưa phát hiện vụ việc về phòng, chống tham nhũng, tiêu"
                + " cực phải xem xét, xử lý."), md);
        assertTrue(md.contains("Rà soát lại 2 chuyên đề, kế hoạch, đề án từ 1/1/2021 đến 31/10/2022 chưa tích hợp các nhiệm"
                + " vụ, chỉ tiêu theo chỉ đạo của Trung ương, Thành uỷ: chuyên đề 3 “Công khai, minh bạch trong quản lý đất"
                + " đai” của Chương trình số 10-CTr/TU; Kế hoạch số 25-KH/QU ngày 12/4/2021 “Học tập”."), md);
        PeriodReport base = Reports.article();
        var c = base.citizenReception();
        PeriodReport open = new PeriodReport(base.unit(), base.from(), base.to(), base.generatedAt(), base.sources(),
                new PeriodReport.CitizenReception(c.visits(), c.personVisits(), c.groupVisits(), c.petitionsReceived(),
                        c.petitionsSettled(), c.petitionsInProgress(), 2, 3, 1),
                base.inspectionSupervision(), base.programWork(),
                new PeriodReport.Review(LocalDate.of(2021, 1, 1), List.of(), List.of()));
        String md2 = ReportNarrative.render(open);
        assertTrue(md2.contains("Đến 31/10/2022, trên địa bàn quận còn 3 vụ việc phức tạp, tồn đọng thuộc diện Ban Chỉ đạo"
                + " thực hiện Nghị quyết 15 và Chỉ thị 15 của Thành uỷ, Quận uỷ theo dõi chưa giải quyết xong."), md2);
        assertTrue(md2.contains("Đến 31/10/2022, trên địa bàn quận có 1 vụ việc về phòng, chống tham nhũng, tiêu cực phải"
                + " xem xét, xử lý."), md2);
        assertTrue(md2.contains("Các chuyên đề, kế hoạch, đề án từ 1/1/2021 đến 31/10/2022 đều đã tích hợp nhiệm vụ, chỉ"
                + " tiêu theo chỉ đạo của Trung ương, Thành uỷ."), md2);
    }

    @Test
    void oneSpellingOfUyThroughout() {
        String md = ReportNarrative.render(Reports.article());
        assertFalse(md.contains("ủy") || md.contains("Ủy"), md);
        assertTrue(md.contains("Uỷ ban kiểm tra") && md.contains("Quận uỷ"), md);
    }

    /** Issue 18.3: a grassroots inspection on signs of violation is the grassroots', not the commission's. */
    @Test
    void eachSentenceCountsOnlyTheWorkOfWhomItNames() {
        var levels = List.of(
                new LevelFigures("DISTRICT_STANDING_COMMITTEE", Reports.none(), Reports.none()),
                new LevelFigures("INSPECTION_COMMISSION", Reports.activity(1, "PARTY_CELL", 1, 1, 2, 0), Reports.none()),
                new LevelFigures("GRASSROOTS_COMMITTEE", Reports.activity(2, "PARTY_CELL", 3, 3, 1, 0), Reports.none()));
        var signs = new SignsOfViolation(2, 3, 1, 0, List.of("LAND_MANAGEMENT"), List.of("GRASSROOTS_COMMITTEE"),
                List.of(new LevelSigns("GRASSROOTS_COMMITTEE", 2, 3, 1, 0, List.of("LAND_MANAGEMENT"))));
        String md = ReportNarrative.render(Reports.with(Reports.article(), new InspectionSupervision(levels, signs)));
        assertTrue(md.contains("Uỷ ban kiểm tra Quận uỷ đã tiến hành kiểm tra đối với 1 tổ chức đảng, 2 đảng viên và chưa"
                + " tiến hành giám sát."), md);
        assertTrue(md.contains("Đặc biệt, Đảng uỷ, chi bộ cơ sở đã kiểm tra khi có dấu hiệu vi phạm liên quan đến quản lý"
                + " đất đai đối với 3 tổ chức đảng và 1 đảng viên."), md);
        assertFalse(md.contains("Uỷ ban kiểm tra Quận uỷ đã chủ động kiểm tra khi có dấu hiệu vi phạm"), md);
        assertTrue(md.contains("Đảng uỷ, chi bộ cơ sở đã tiến hành kiểm tra đối với 3 tổ chức đảng, 1 đảng viên và chưa"
                + " tiến hành giám sát."), md);
        assertTrue(md.contains("quận chưa thành lập đoàn kiểm tra, giám sát trực tiếp nào."), md);
    }

    /** Issue 18.3: the commission's own work appears even when other levels ran more signs-of-violation teams. */
    @Test
    void theCommissionsSupervisionAppearsWhateverTheOtherLevelsDid() {
        var levels = List.of(
                new LevelFigures("INSPECTION_COMMISSION", Reports.activity(1, "PARTY_CELL", 1, 1, 0, 0),
                        Reports.activity(2, "PARTY_CELL", 2, 2, 3, 0)),
                new LevelFigures("GRASSROOTS_COMMITTEE", Reports.activity(5, "PARTY_CELL", 5, 5, 0, 0), Reports.none()));
        var signs = new SignsOfViolation(5, 5, 0, 0, List.of(), List.of("GRASSROOTS_COMMITTEE", "INSPECTION_COMMISSION"),
                List.of(new LevelSigns("INSPECTION_COMMISSION", 1, 1, 0, 0, List.of()),
                        new LevelSigns("GRASSROOTS_COMMITTEE", 4, 4, 0, 0, List.of())));
        String md = ReportNarrative.render(Reports.with(Reports.article(), new InspectionSupervision(levels, signs)));
        assertTrue(md.contains("Uỷ ban kiểm tra Quận uỷ đã tiến hành kiểm tra đối với 1 tổ chức đảng, 0 đảng viên (kể cả"
                + " kiểm tra khi có dấu hiệu vi phạm) và giám sát với 2 tổ chức đảng, 3 đảng viên."), md);
        assertTrue(md.contains("Đặc biệt, Uỷ ban kiểm tra Quận uỷ đã chủ động kiểm tra khi có dấu hiệu vi phạm đối với"
                + " 1 tổ chức đảng."), md);
        assertTrue(md.contains("Đảng uỷ, chi bộ cơ sở đã kiểm tra khi có dấu hiệu vi phạm đối với 4 tổ chức đảng."), md);
    }

    @Test
    void noWorkIsSaidPlainly() {
        var levels = List.of(new LevelFigures("DISTRICT_STANDING_COMMITTEE", Reports.none(), Reports.none()));
        var signs = new SignsOfViolation(0, 0, 0, 0, List.of(), List.of(), List.of());
        String md = ReportNarrative.render(Reports.with(Reports.article(), new InspectionSupervision(levels, signs)));
        assertTrue(md.contains("quận chưa thành lập đoàn kiểm tra, giám sát trực tiếp nào."), md);
        assertTrue(md.contains("Uỷ ban kiểm tra Quận uỷ chưa tiến hành kiểm tra, giám sát nào trong kỳ."), md);
        assertTrue(md.contains("Đảng uỷ, chi bộ cơ sở chưa tiến hành kiểm tra, giám sát nào trong kỳ."), md);
        assertTrue(md.contains("Trong kỳ chưa phải tiến hành kiểm tra khi có dấu hiệu vi phạm."), md);
        assertFalse(Pattern.compile("\\b0 đoàn").matcher(md).find(), md);
    }

    /** Issue 15.7: user text reaching the narrative cannot make headings, HTML, links or images. */
    @Test
    void userTextIsInertInTheMarkdown() {
        String hostile = "# x\n<script>alert(1)</script> [a](javascript:alert(1)) ![t](http://track.example/p.png)";
        var work = new ProgramWork(List.of(new ProgramFigures(hostile, hostile, 1, 1)),
                List.of(new ProjectFigures(hostile, LocalDate.of(2022, 1, 1), hostile, hostile, 1, 1)),
                List.of(new InstrumentLine("PLAN", hostile, LocalDate.of(2022, 2, 1), hostile, hostile)),
                1, 0, 0, 1, 1, 1, List.of(new ConferenceLine(LocalDate.of(2022, 3, 1), hostile, true, 1, 1),
                        new ConferenceLine(LocalDate.of(2022, 3, 2), "1. - *x*\r\n---", false, 0, 1)), 0);
        String md = ReportNarrative.render(Reports.with(Reports.article(), work));
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<em>") || html.contains("<ol") || html.contains("<ul"), html);
        // Our own headings only: one h1 and the four sections; no heading, rule or quote from the text.
        assertEquals(1, count(html, "<h1>"), html);
        assertEquals(5, count(html, "<h2>"), html);
        assertEquals(0, count(html, "<hr"), html);
        assertFalse(md.lines().anyMatch(l -> l.startsWith("# x") || l.startsWith("<")), md);
        // Still the same words, on one line, for a reader.
        assertTrue(html.contains("# x &lt;script&gt;alert(1)&lt;/script&gt; [a](javascript:alert(1))"), html);
    }

    /** Issue 18.7: a period reaching today says the moment of its figures and each source's lag. */
    @Test
    void aReportUpToTodaySaysWhenItsFiguresAreAsOfAndEachSourcesLag() {
        PeriodReport base = Reports.article();
        LocalDate today = LocalDate.of(2026, 12, 6);
        PeriodReport r = new PeriodReport(base.unit(), base.from(), today, Reports.GENERATED,
                List.of(new PeriodReport.SourceStatus("petitions-service", "minhbach.petitions.v1", 10, 0,
                        Reports.GENERATED.minusMinutes(2), Reports.GENERATED, 12L),
                        new PeriodReport.SourceStatus("inspections-service", "minhbach.inspections.v1", 10, 0, null, null,
                                null)),
                base.citizenReception(), base.inspectionSupervision(), base.programWork(), base.review());
        String md = ReportNarrative.render(r);
        assertTrue(md.contains("Kỳ báo cáo kéo dài đến nay: số liệu tính đến 14 giờ 05 ngày 6/12/2026."), md);
        assertTrue(md.contains("Đến nay, các cơ quan của quận đã giải quyết xong 1.043 đơn"), md);
        assertTrue(md.contains("Tiếp công dân, đơn thư (petitions-service): cập nhật đến sự kiện lúc 14 giờ 03 ngày"
                + " 6/12/2026, còn 12 sự kiện chưa đọc."), md);
        assertTrue(md.contains("Kiểm tra, giám sát (inspections-service): chưa nhận được sự kiện nào, chưa xác định được"
                + " số sự kiện chưa đọc."), md);
        String past = ReportNarrative.render(base);
        assertTrue(past.contains("Số liệu tính theo ngày nghiệp vụ đến hết ngày 31/10/2022, lập lúc 14 giờ 05 ngày 6/12/2026."),
                past);
        assertTrue(past.contains("không còn sự kiện chưa đọc"), past);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
