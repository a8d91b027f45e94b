package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.VietnameseFormat.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.minhbach.chassis.units.Unit;
import vn.minhbach.programs.service.PeriodReport.Activity;

/**
 * The period report as a party document (issue 18.8), laid out per Hướng dẫn 36-HD/VPTW (2018) on the
 * format of party documents: the heading "ĐẢNG CỘNG SẢN VIỆT NAM" (top right), the issuing body (top
 * left: the superior party organisation, then the issuing committee in bold, an asterisk, the number
 * and symbol "Số …-BC/QU"), place and date ("Bắc Từ Liêm, ngày 06 tháng 12 năm 2026"), the title
 * "BÁO CÁO" with its summary, the body (the narrative of {@link ReportNarrative} with the figure tables
 * of the same {@link PeriodReport}), the recipients ("Nơi nhận:") and the signature block ("T/M BAN
 * THƯỜNG VỤ", "BÍ THƯ"). One model for both renderings, {@link ReportDocx} and {@link ReportPdf}; user
 * text is kept as plain text ({@link MarkdownText#plain}), which both libraries write as text.
 */
public record ReportDocument(List<String> issuingBody, String numberAndSymbol, String placeAndDate, String title,
        String summary, List<Part> body, List<String> recipients, List<String> signature) {

    public static final String PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public static final String TITLE = "BÁO CÁO";
    public static final String RECIPIENTS = "Nơi nhận:";
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A piece of the body: a numbered section heading, a paragraph or a figure table. */
    public sealed interface Part {
    }

    public record Heading(String text) implements Part {
    }

    public record Paragraph(String text) implements Part {
    }

    /** A figure table: caption, header cells and rows; columns after the first hold numbers. */
    public record Table(String caption, List<String> header, List<List<String>> rows) implements Part {
    }

    /**
     * Who issues the report: the superior party organisation ({@code null} for the city), the
     * committee's name ("Quận uỷ Bắc Từ Liêm"), the symbol after "BC/" ("QU"), the place written
     * before the date (the unit's own name, as HD 36 asks for a committee below the province), and
     * the superior committee the report goes to.
     */
    public record Issuer(String superior, String committee, String symbol, String place, String superiorCommittee) {

        /** From the unit registry: the unit and its parent; a unit missing there is named by its level. */
        public static Issuer of(String path, Optional<Unit> unit, Optional<Unit> parent) {
            String cityName = "Hà Nội";
            if (unit.isEmpty()) {
                ReportNarrative.UnitWords w = ReportNarrative.UnitWords.of(path);
                return switch (path.split("\\.").length) {
                    case 1 -> new Issuer(null, "Thành uỷ", "TU", cityName, null);
                    case 2 -> new Issuer("Đảng bộ thành phố " + cityName, w.committee(), "QU", cityName, "Thành uỷ");
                    default -> new Issuer("Đảng bộ thành phố " + cityName, w.committee(), "ĐU", cityName, "cấp uỷ cấp trên");
                };
            }
            Unit u = unit.get();
            String[] kindAndName = kindAndName(u.name());
            return switch (u.level()) {
                case CITY -> new Issuer(null, "Thành uỷ " + kindAndName[1], "TU", kindAndName[1], null);
                case DISTRICT -> {
                    String committee = switch (kindAndName[0]) {
                        case "Huyện" -> "Huyện uỷ";
                        case "Thị xã" -> "Thị uỷ";
                        case "Thành phố" -> "Thành uỷ";
                        default -> "Quận uỷ";
                    };
                    String symbol = switch (kindAndName[0]) {
                        case "Huyện" -> "HU";
                        case "Thị xã", "Thành phố" -> "TU";
                        default -> "QU";
                    };
                    String city = parent.map(p -> kindAndName(p.name())[1]).orElse(cityName);
                    yield new Issuer("Đảng bộ thành phố " + city, committee + " " + kindAndName[1], symbol,
                            kindAndName[1], "Thành uỷ " + city);
                }
                case COMMUNE -> {
                    String superior = parent.map(p -> "Đảng bộ " + lowerKind(p.name())).orElse("Đảng bộ thành phố " + cityName);
                    String superiorCommittee = parent.map(p -> switch (p.level()) {
                        case CITY -> "Thành uỷ " + kindAndName(p.name())[1];
                        default -> (kindAndName(p.name())[0].equals("Huyện") ? "Huyện uỷ " : "Quận uỷ ")
                                + kindAndName(p.name())[1];
                    }).orElse("Thành uỷ " + cityName);
                    yield new Issuer(superior, "Đảng uỷ " + lowerKind(u.name()), "ĐU", kindAndName[1], superiorCommittee);
                }
            };
        }

        /** "Quận Bắc Từ Liêm" → ["Quận", "Bắc Từ Liêm"]; "Thành phố Hà Nội" → ["Thành phố", "Hà Nội"]. */
        static String[] kindAndName(String name) {
            for (String kind : List.of("Thành phố", "Thị xã", "Thị trấn", "Quận", "Huyện", "Phường", "Xã")) {
                if (name.startsWith(kind + " ")) {
                    return new String[] {kind, name.substring(kind.length() + 1)};
                }
            }
            return new String[] {"", name};
        }

        /** "Phường Xuân Tảo" → "phường Xuân Tảo" (the kind in lower case after "Đảng uỷ", "Đảng bộ"). */
        static String lowerKind(String name) {
            String[] k = kindAndName(name);
            return k[0].isEmpty() ? name : k[0].toLowerCase(VI) + " " + k[1];
        }
    }

    /**
     * The document for a report. {@code number} is the register number the clerk gives the document
     * (blank in a draft: "Số      -BC/QU"); the date is the day the report was produced, in Hà Nội.
     */
    public static ReportDocument of(PeriodReport r, Issuer issuer, String number) {
        List<String> heading = new ArrayList<>();
        if (issuer.superior() != null) {
            heading.add(upper(issuer.superior()));
        }
        heading.add(upper(issuer.committee()));
        LocalDate day = r.generatedAt().atZoneSameInstant(ReportNarrative.ZONE).toLocalDate();
        String numberAndSymbol = "Số " + (number == null || number.isBlank() ? "     " : number) + "-BC/" + issuer.symbol();
        String summary = "kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực từ ngày "
                + VietnameseFormat.date(r.from()) + " đến ngày " + VietnameseFormat.date(r.to());

        ReportNarrative.UnitWords w = ReportNarrative.UnitWords.of(r.unit());
        List<Part> body = new ArrayList<>();
        body.add(new Paragraph("Ban Thường vụ " + issuer.committee() + " báo cáo kết quả thực hiện công tác phòng,"
                + " chống tham nhũng, tiêu cực từ ngày " + VietnameseFormat.date(r.from()) + " đến ngày "
                + VietnameseFormat.date(r.to()) + " như sau:"));
        int n = 0;
        int tables = 0;
        for (ReportNarrative.Section s : ReportNarrative.sections(r, MarkdownText::plain)) {
            body.add(new Heading(++n + ". " + s.heading()));
            body.add(new Paragraph(s.paragraph()));
            Table table = switch (s.heading()) {
                case ReportNarrative.INSPECTION -> inspectionTable(r, w);
                case ReportNarrative.RECEPTION -> receptionTable(r);
                case ReportNarrative.PROGRAMS -> programTable(r);
                case ReportNarrative.REVIEW -> reviewTable(r);
                default -> null;
            };
            if (table != null) {
                body.add(new Table("Bảng " + ++tables + ". " + table.caption(), table.header(), table.rows()));
            }
        }
        String superior = issuer.superiorCommittee();
        List<String> recipients = new ArrayList<>();
        if (superior == null) {
            recipients.add("- Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực (để báo cáo),");
            recipients.add("- Ban Nội chính Trung ương,");
        } else {
            recipients.add("- Thường trực " + superior + " (để báo cáo),");
            recipients.add("- Ban Nội chính " + superior + ",");
            recipients.add("- Uỷ ban kiểm tra " + superior + ",");
        }
        recipients.add("- Các đồng chí Uỷ viên Ban Thường vụ " + issuer.committee() + ",");
        recipients.add("- Lưu Văn phòng " + issuer.committee() + ".");
        return new ReportDocument(heading, numberAndSymbol, issuer.place() + ", " + longDate(day), TITLE, summary,
                body, recipients, List.of("T/M BAN THƯỜNG VỤ", "BÍ THƯ"));
    }

    /** "ngày 06 tháng 12 năm 2026": HD 36 writes a day below 10 and a month below 3 with a leading zero. */
    static String longDate(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    static String upper(String s) {
        return s.toUpperCase(VI);
    }

    static Table inspectionTable(PeriodReport r, ReportNarrative.UnitWords w) {
        List<List<String>> rows = new ArrayList<>();
        for (var level : r.inspectionSupervision().byInitiatingLevel()) {
            String who = levelName(level.initiatingLevel(), w);
            rows.add(activityRow(who + ": kiểm tra", level.inspection()));
            rows.add(activityRow(who + ": giám sát", level.supervision()));
        }
        var s = r.inspectionSupervision().signsOfViolation();
        rows.add(List.of("Kiểm tra khi có dấu hiệu vi phạm (các cấp)", number(s.teams()),
                number(s.organisationOccurrences()), "", number(s.memberOccurrences()),
                number(s.standingCommitteeManagedMembers())));
        return new Table("Kiểm tra, giám sát theo cấp tiến hành", List.of("Cấp tiến hành, hoạt động", "Số đoàn",
                "Lượt tổ chức đảng", "Số tổ chức đảng", "Lượt đảng viên", "Trong đó đảng viên diện Ban Thường vụ quản lý"),
                rows);
    }

    private static List<String> activityRow(String label, Activity a) {
        return List.of(label, number(a.teams()), number(a.organisationOccurrences()), number(a.distinctOrganisations()),
                number(a.memberOccurrences()), number(a.standingCommitteeManagedMembers()));
    }

    static String levelName(String level, ReportNarrative.UnitWords w) {
        return switch (level) {
            case "DISTRICT_STANDING_COMMITTEE" -> "Ban Thường vụ " + w.committee();
            case "INSPECTION_COMMISSION" -> "Uỷ ban kiểm tra " + w.committee();
            case "GRASSROOTS_COMMITTEE" -> "Đảng uỷ, chi bộ cơ sở";
            default -> MarkdownText.plain(level);
        };
    }

    static Table receptionTable(PeriodReport r) {
        var c = r.citizenReception();
        return figures("Tiếp công dân, giải quyết đơn thư", List.of(
                List.of("Lượt tiếp công dân", number(c.visits())),
                List.of("Lượt người được tiếp", number(c.personVisits())),
                List.of("Lượt đoàn đông người", number(c.groupVisits())),
                List.of("Đơn tiếp nhận trong kỳ", number(c.petitionsReceived())),
                List.of("Trong đó: đã giải quyết xong (đến " + VietnameseFormat.date(r.to()) + ")",
                        number(c.petitionsSettled())),
                List.of("Trong đó: đang giải quyết", number(c.petitionsInProgress())),
                List.of("Đơn có dấu hiệu tham nhũng, tiêu cực phát hiện trong kỳ", number(c.corruptionSignsFlagged())),
                List.of("Vụ việc phức tạp, tồn đọng thuộc diện Ban Chỉ đạo theo dõi chưa giải quyết xong",
                        number(c.complexCasesOpen())),
                List.of("Vụ việc về phòng, chống tham nhũng, tiêu cực phải xem xét, xử lý",
                        number(c.corruptionCasesPending()))));
    }

    static Table programTable(PeriodReport r) {
        var p = r.programWork();
        List<List<String>> rows = new ArrayList<>();
        for (var pr : p.programs()) {
            String code = MarkdownText.plain(pr.code());
            rows.add(List.of("Chương trình số " + code + ": chuyên đề", number(pr.topics())));
            rows.add(List.of("Chương trình số " + code + ": chuyên đề đã tổ chức thực hiện", number(pr.topicsImplemented())));
        }
        for (var pj : p.projects()) {
            String code = MarkdownText.plain(pj.number());
            rows.add(List.of("Đề án số " + code + ": nhóm giải pháp", number(pj.solutionGroups())));
            rows.add(List.of("Đề án số " + code + ": nhóm giải pháp đã chỉ đạo thực hiện",
                    number(pj.solutionGroupsImplemented())));
        }
        rows.add(List.of("Văn bản ban hành trong kỳ", number(p.instrumentsIssued().size())));
        rows.add(List.of("Nhiệm vụ được giao", number(p.tasks())));
        rows.add(List.of("Nhiệm vụ hoàn thành trong kỳ", number(p.tasksDone())));
        rows.add(List.of("Nhiệm vụ quá hạn", number(p.tasksOverdue())));
        rows.add(List.of("Hội nghị quán triệt, tuyên truyền", number(p.conferences())));
        rows.add(List.of("Điểm cầu", number(p.conferenceSites())));
        rows.add(List.of("Lượt đại biểu dự hội nghị", number(p.conferenceDelegates())));
        rows.add(List.of("Giao ban", number(p.briefings())));
        return figures("Thực hiện chương trình, chuyên đề, đề án", rows);
    }

    /** The items the review names, one a row; none when there is nothing to integrate. */
    static Table reviewTable(PeriodReport r) {
        var review = r.review();
        if (review.topicsWithoutAlignedTasks().isEmpty() && review.instrumentsWithoutAlignedTasks().isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        int i = 0;
        for (var t : review.topicsWithoutAlignedTasks()) {
            rows.add(List.of(String.valueOf(++i), "Chuyên đề " + t.number() + " của Chương trình số "
                    + MarkdownText.plain(t.programCode()), MarkdownText.plain(t.title())));
        }
        for (var in : review.instrumentsWithoutAlignedTasks()) {
            rows.add(List.of(String.valueOf(++i), ReportNarrative.instrumentKind(in.kind()) + " số "
                    + MarkdownText.plain(in.number()) + " ngày " + VietnameseFormat.date(in.issuedDate()),
                    MarkdownText.plain(in.title())));
        }
        return new Table("Chuyên đề, kế hoạch, đề án chưa tích hợp nhiệm vụ, chỉ tiêu", List.of("STT", "Văn bản", "Tên"),
                rows);
    }

    private static Table figures(String caption, List<List<String>> rows) {
        return new Table(caption, List.of("Nội dung", "Số liệu"), rows);
    }
}
