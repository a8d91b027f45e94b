package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.VietnameseFormat.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.minhbach.programs.service.PeriodReport.Activity;
import vn.minhbach.programs.service.PeriodReport.LevelFigures;
import vn.minhbach.programs.service.PeriodReport.LevelSigns;

/**
 * The period report as a Vietnamese narrative (Markdown) whose sentences follow the inspection report
 * the system was built from ("Từ 3/2021 – 31/10/2022, quận thành lập 25 đoàn kiểm tra trực tiếp tại 44
 * lượt chi bộ trực thuộc và 7 đảng viên; ..."). Every number comes from the same {@link PeriodReport}
 * the JSON and CSV show; a zero is written as a "chưa ..." sentence, never as "0 đoàn".
 */
public final class ReportNarrative {

    private ReportNarrative() {
    }

    /** Words for the unit's level: a district path (01.021) writes "quận" and "Quận uỷ". */
    record UnitWords(String place, String committee) {
        static UnitWords of(String unitPath) {
            int depth = unitPath.split("\\.").length;
            return switch (depth) {
                case 1 -> new UnitWords("thành phố", "Thành uỷ");
                case 2 -> new UnitWords("quận", "Quận uỷ");
                case 3 -> new UnitWords("phường", "Đảng uỷ phường");
                default -> new UnitWords("đơn vị", "cấp uỷ");
            };
        }
    }

    /** One section of the narrative: its heading and its paragraph (text already encoded for its target). */
    public record Section(String heading, String paragraph) {
    }

    /** The section headings, in order; the official document (ReportDocument) numbers them. */
    public static final String INSPECTION = "Công tác kiểm tra, giám sát";
    public static final String RECEPTION = "Tiếp công dân, giải quyết đơn thư";
    public static final String PROGRAMS = "Thực hiện chương trình, chuyên đề, đề án";
    public static final String REVIEW = "Rà soát chuyên đề, kế hoạch, đề án";
    public static final String SOURCES = "Nguồn số liệu";

    public static String render(PeriodReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Báo cáo kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực\n\n");
        md.append("Đơn vị: ").append(r.unit()).append(" · Kỳ báo cáo: ").append(VietnameseFormat.date(r.from()))
                .append(" – ").append(VietnameseFormat.date(r.to())).append("\n\n");
        for (Section s : sections(r, MarkdownText::inline)) {
            md.append("## ").append(s.heading()).append("\n\n").append(s.paragraph()).append("\n\n");
        }
        return md.toString().stripTrailing() + "\n";
    }

    /**
     * The narrative's sections; {@code text} encodes every piece of user text for where it goes
     * ({@link MarkdownText#inline} for Markdown, {@link MarkdownText#plain} for a DOCX or PDF, whose
     * libraries take text as text).
     */
    public static List<Section> sections(PeriodReport r, UnaryOperator<String> text) {
        UnitWords w = UnitWords.of(r.unit());
        String period = VietnameseFormat.period(r.from(), r.to());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(INSPECTION, inspectionParagraph(r, w, period)));
        sections.add(new Section(RECEPTION, receptionParagraph(r, w, period)));
        sections.add(new Section(PROGRAMS, programParagraph(r, w, period, text)));
        if (r.review() != null) {
            sections.add(new Section(REVIEW, reviewParagraph(r, w, text)));
        }
        sections.add(new Section(SOURCES, sourcesParagraph(r, text)));
        return sections;
    }

    /**
     * Rà soát (issue 18.6): names each topic, plan and project of the term without a task or target
     * aligned with the directions of the centre and the city, or says that there is none.
     */
    static String reviewParagraph(PeriodReport r, UnitWords w, UnaryOperator<String> text) {
        var review = r.review();
        if (review == null) {
            return "";
        }
        String since = "từ " + VietnameseFormat.date(review.termStart()) + " đến " + VietnameseFormat.date(r.to());
        List<String> named = new ArrayList<>();
        for (var t : review.topicsWithoutAlignedTasks()) {
            named.add("chuyên đề " + t.number() + " “" + text.apply(t.title()) + "” của Chương trình số "
                    + text.apply(t.programCode()));
        }
        for (var i : review.instrumentsWithoutAlignedTasks()) {
            named.add(instrumentKind(i.kind()) + " số " + text.apply(i.number()) + " ngày "
                    + VietnameseFormat.date(i.issuedDate()) + " “" + text.apply(i.title()) + "”");
        }
        if (named.isEmpty()) {
            return "Các chuyên đề, kế hoạch, đề án " + since + " đều đã tích hợp nhiệm vụ, chỉ tiêu theo chỉ đạo của"
                    + " Trung ương, Thành uỷ.";
        }
        return "Rà soát lại " + number(named.size()) + " chuyên đề, kế hoạch, đề án " + since
                + " chưa tích hợp các nhiệm vụ, chỉ tiêu theo chỉ đạo của Trung ương, Thành uỷ: "
                + String.join("; ", named) + ".";
    }

    /** "Đến nay" when the period reaches the day the report is made (issue 18.7), else "Đến 31/10/2022". */
    static String until(PeriodReport r) {
        return r.to().isBefore(r.generatedAt().atZoneSameInstant(ZONE).toLocalDate()) ? "Đến "
                + VietnameseFormat.date(r.to()) : "Đến nay";
    }

    /** Asia/Ho_Chi_Minh: the day and time the report's readers live by. */
    static final java.time.ZoneId ZONE = vn.minhbach.chassis.time.BusinessClock.HANOI;

    /**
     * When the figures are as of (issue 18.7): a report whose period reaches today ("đến nay") says the
     * moment it was produced; every report says how far each source had been read and how many of
     * its events were still unread (lag), since the read model follows the sources by events.
     */
    static String sourcesParagraph(PeriodReport r, UnaryOperator<String> text) {
        List<String> sentences = new ArrayList<>();
        java.time.ZonedDateTime now = r.generatedAt().atZoneSameInstant(ZONE);
        if (!r.to().isBefore(now.toLocalDate())) {
            sentences.add("Kỳ báo cáo kéo dài đến nay: số liệu tính đến " + VietnameseFormat.time(now) + ".");
        } else {
            sentences.add("Số liệu tính theo ngày nghiệp vụ đến hết ngày " + VietnameseFormat.date(r.to())
                    + ", lập lúc " + VietnameseFormat.time(now) + ".");
        }
        for (var s : r.sources()) {
            String name = switch (s.source()) {
                case ReportReadModel.PETITIONS_SOURCE -> "Tiếp công dân, đơn thư";
                case ReportReadModel.INSPECTIONS_SOURCE -> "Kiểm tra, giám sát";
                default -> text.apply(s.source());
            };
            String asOf = s.asOf() == null ? "chưa nhận được sự kiện nào"
                    : "cập nhật đến sự kiện lúc " + VietnameseFormat.time(s.asOf().atZoneSameInstant(ZONE));
            String lag = s.lag() == null ? "chưa xác định được số sự kiện chưa đọc"
                    : s.lag() == 0 ? "không còn sự kiện chưa đọc"
                    : "còn " + number(s.lag()) + " sự kiện chưa đọc";
            sentences.add(name + " (" + text.apply(s.source()) + "): " + asOf + ", " + lag + ".");
        }
        return String.join(" ", sentences);
    }

    /**
     * Each sentence names whose work it counts (issue 18.3): the district's own teams (Ban Thường vụ),
     * the inspection commission's, the grassroots committees' and, per initiating level, the
     * inspections on signs of violation; each appears whenever that work exists and says "chưa …"
     * when there is none.
     */
    static String inspectionParagraph(PeriodReport r, UnitWords w, String period) {
        List<String> sentences = new ArrayList<>();
        Map<String, LevelFigures> levels = new java.util.LinkedHashMap<>();
        r.inspectionSupervision().byInitiatingLevel().forEach(l -> levels.put(l.initiatingLevel(), l));
        Map<String, LevelSigns> signsByLevel = new java.util.LinkedHashMap<>();
        var signs = r.inspectionSupervision().signsOfViolation();
        signs.byInitiatingLevel().forEach(l -> signsByLevel.put(l.initiatingLevel(), l));

        LevelFigures district = levels.get("DISTRICT_STANDING_COMMITTEE");
        List<String> districtParts = new ArrayList<>();
        if (district != null && district.inspection().teams() > 0) {
            districtParts.add("thành lập " + number(district.inspection().teams()) + " đoàn kiểm tra trực tiếp tại "
                    + subjects(district.inspection()));
        }
        if (district != null && district.supervision().teams() > 0) {
            districtParts.add("thành lập " + number(district.supervision().teams()) + " đoàn giám sát trực tiếp tại "
                    + subjects(district.supervision()));
        }
        sentences.add(districtParts.isEmpty()
                ? period + ", " + w.place() + " chưa thành lập đoàn kiểm tra, giám sát trực tiếp nào."
                : period + ", " + w.place() + " " + String.join("; ", districtParts) + ".");

        // The commission's work other than its inspections on signs of violation, which have their own sentence.
        String commissionName = "Uỷ ban kiểm tra " + w.committee();
        LevelFigures commission = levels.get("INSPECTION_COMMISSION");
        LevelSigns commissionSigns = signsByLevel.get("INSPECTION_COMMISSION");
        long commissionTeams = commission == null ? 0 : commission.inspection().teams() + commission.supervision().teams();
        long commissionSignsTeams = commissionSigns == null ? 0 : commissionSigns.teams();
        if (commissionTeams == 0) {
            sentences.add(commissionName + " chưa tiến hành kiểm tra, giám sát nào trong kỳ.");
        } else if (commissionTeams > commissionSignsTeams) {
            String inspection = commission.inspection().teams() == 0 ? "chưa tiến hành kiểm tra"
                    : "đã tiến hành kiểm tra đối với " + targets(commission.inspection())
                            + (commissionSignsTeams > 0 ? " (kể cả kiểm tra khi có dấu hiệu vi phạm)" : "");
            String supervision = commission.supervision().teams() == 0 ? "chưa tiến hành giám sát"
                    : "giám sát với " + targets(commission.supervision());
            sentences.add(commissionName + " " + inspection + " và " + supervision + ".");
        }

        LevelFigures grassroots = levels.get("GRASSROOTS_COMMITTEE");
        if (grassroots != null && (grassroots.inspection().teams() > 0 || grassroots.supervision().teams() > 0)) {
            String inspection = grassroots.inspection().teams() == 0 ? "chưa tiến hành kiểm tra"
                    : "đã tiến hành kiểm tra đối với " + targets(grassroots.inspection());
            String supervision = grassroots.supervision().teams() == 0 ? "chưa tiến hành giám sát"
                    : "giám sát với " + targets(grassroots.supervision());
            sentences.add("Đảng uỷ, chi bộ cơ sở " + inspection + " và " + supervision + ".");
        } else {
            sentences.add("Đảng uỷ, chi bộ cơ sở chưa tiến hành kiểm tra, giám sát nào trong kỳ.");
        }

        boolean first = true;
        for (String level : List.of("INSPECTION_COMMISSION", "DISTRICT_STANDING_COMMITTEE", "GRASSROOTS_COMMITTEE")) {
            LevelSigns l = signsByLevel.get(level);
            if (l == null || l.teams() == 0) {
                continue;
            }
            String who = switch (level) {
                case "INSPECTION_COMMISSION" -> commissionName + " đã chủ động kiểm tra";
                case "DISTRICT_STANDING_COMMITTEE" -> "Ban Thường vụ " + w.committee() + " đã kiểm tra";
                default -> "Đảng uỷ, chi bộ cơ sở đã kiểm tra";
            };
            String domains = l.domains().isEmpty() ? ""
                    : " liên quan đến " + String.join(", ", l.domains().stream().map(ReportNarrative::domain).toList());
            sentences.add((first ? "Đặc biệt, " : "") + who + " khi có dấu hiệu vi phạm" + domains + " đối với "
                    + signsTargets(l, w) + ".");
            first = false;
        }
        if (first) {
            sentences.add("Trong kỳ chưa phải tiến hành kiểm tra khi có dấu hiệu vi phạm.");
        }
        return String.join(" ", sentences);
    }

    /** "168 tổ chức đảng, 28 đảng viên" (occurrences). */
    static String targets(Activity a) {
        return number(a.organisationOccurrences()) + " tổ chức đảng, " + number(a.memberOccurrences()) + " đảng viên";
    }

    /** "2 tổ chức đảng và 4 đảng viên thuộc diện Ban Thường vụ Quận uỷ quản lý". */
    static String signsTargets(LevelSigns l, UnitWords w) {
        List<String> parts = new ArrayList<>();
        if (l.organisationOccurrences() > 0) {
            parts.add(number(l.organisationOccurrences()) + " tổ chức đảng");
        }
        if (l.memberOccurrences() > 0) {
            String managedBy = " thuộc diện Ban Thường vụ " + w.committee() + " quản lý";
            parts.add(l.memberOccurrences() == l.standingCommitteeManagedMembers()
                    ? number(l.memberOccurrences()) + " đảng viên" + managedBy
                    : l.standingCommitteeManagedMembers() == 0 ? number(l.memberOccurrences()) + " đảng viên"
                    : number(l.memberOccurrences()) + " đảng viên (trong đó " + number(l.standingCommitteeManagedMembers())
                            + " đảng viên" + managedBy + ")");
        }
        return parts.isEmpty() ? "chưa xác định đối tượng" : String.join(" và ", parts);
    }

    /** "44 lượt chi bộ trực thuộc và 7 đảng viên": "lượt" when a subject was visited more than once. */
    static String subjects(Activity a) {
        List<String> parts = new ArrayList<>();
        for (var e : a.organisationOccurrencesByKind().entrySet()) {
            long occurrences = e.getValue();
            long distinct = a.distinctOrganisationsByKind().getOrDefault(e.getKey(), occurrences);
            parts.add(number(occurrences) + (occurrences > distinct ? " lượt " : " ") + organisationKind(e.getKey()));
        }
        if (a.memberOccurrences() > 0) {
            parts.add(number(a.memberOccurrences()) + " đảng viên");
        }
        if (parts.isEmpty()) {
            return "chưa xác định đối tượng";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    static String receptionParagraph(PeriodReport r, UnitWords w, String period) {
        var c = r.citizenReception();
        List<String> sentences = new ArrayList<>();
        String reception = c.personVisits() > 0
                ? w.place() + " tiếp công dân với " + number(c.personVisits()) + " lượt người"
                : w.place() + " chưa tiếp công dân nào";
        String petitions = c.petitionsReceived() > 0
                ? "tiếp nhận " + number(c.petitionsReceived()) + " đơn"
                : "chưa tiếp nhận đơn nào";
        sentences.add(period + ", " + reception + " và " + petitions + ".");
        if (c.petitionsReceived() > 0) {
            sentences.add(until(r) + ", các cơ quan của " + w.place()
                    + " đã giải quyết xong " + number(c.petitionsSettled()) + " đơn và đang giải quyết "
                    + number(c.petitionsInProgress()) + " đơn.");
        }
        sentences.add(c.corruptionSignsFlagged() > 0
                ? "Qua giải quyết đơn thư đã phát hiện " + number(c.corruptionSignsFlagged())
                        + " đơn có dấu hiệu tham nhũng, tiêu cực."
                : "Trong quá trình giải quyết đơn thư chưa phát hiện có biểu hiện tham nhũng, tiêu cực.");
        // The article: "không có vụ việc phức tạp và tồn đọng thuộc diện Ban Chỉ đạo thực hiện Nghị quyết 15
        // và Chỉ thị 15 của Thành uỷ, Quận uỷ theo dõi" and "chưa phát hiện vụ việc về PCTNTC phải xem xét,
        // xử lý" (shared/domain, the source article on Bắc Từ Liêm, 2022).
        String until = until(r);
        String steering = "thuộc diện Ban Chỉ đạo thực hiện Nghị quyết 15 và Chỉ thị 15 của Thành uỷ"
                + (w.committee().equals("Thành uỷ") ? "" : ", " + w.committee()) + " theo dõi";
        sentences.add(c.complexCasesOpen() > 0
                ? until + ", trên địa bàn " + w.place() + " còn " + number(c.complexCasesOpen())
                        + " vụ việc phức tạp, tồn đọng " + steering + " chưa giải quyết xong."
                : until + ", trên địa bàn " + w.place() + " không có vụ việc phức tạp, tồn đọng " + steering + ".");
        sentences.add(c.corruptionCasesPending() > 0
                ? until + ", trên địa bàn " + w.place() + " có " + number(c.corruptionCasesPending())
                        + " vụ việc về phòng, chống tham nhũng, tiêu cực phải xem xét, xử lý."
                : until + ", trên địa bàn " + w.place() + " chưa phát hiện vụ việc về phòng, chống tham nhũng, tiêu cực"
                        + " phải xem xét, xử lý.");
        return String.join(" ", sentences);
    }

    /** Program work; every piece of user text (numbers, titles, issuers, codes) through {@code text}. */
    static String programParagraph(PeriodReport r, UnitWords w, String period, UnaryOperator<String> text) {
        var p = r.programWork();
        List<String> sentences = new ArrayList<>();
        for (var i : p.instrumentsIssued()) {
            // The issuer named on the instrument (a conclusion of the Central Committee is not the district's).
            String issuer = i.issuer() == null || i.issuer().isBlank() ? w.committee() : text.apply(capitalise(i.issuer()));
            sentences.add(issuer + " đã ban hành " + instrumentKind(i.kind()) + " số " + text.apply(i.number())
                    + " ngày " + VietnameseFormat.date(i.issuedDate()) + " về “" + text.apply(i.title()) + "”.");
        }
        for (var c : p.conferenceList()) {
            String title = text.apply(c.title());
            sentences.add(c.online()
                    ? "Tổ chức Hội nghị trực tuyến " + title + " (tại " + number(c.connectedSites())
                            + " điểm cầu với " + number(c.delegates()) + " đại biểu)."
                    : "Tổ chức Hội nghị " + title + " với " + number(c.delegates()) + " đại biểu.");
        }
        if (p.conferenceList().isEmpty()) {
            sentences.add("Trong kỳ chưa tổ chức hội nghị quán triệt, tuyên truyền.");
        }
        for (var pr : p.programs()) {
            sentences.add("Tổ chức thực hiện " + number(pr.topicsImplemented()) + " chuyên đề của Chương trình số "
                    + text.apply(pr.code()) + ".");
        }
        for (var pj : p.projects()) {
            sentences.add("Thực hiện Đề án số " + text.apply(pj.number()) + " ngày "
                    + VietnameseFormat.date(pj.issuedDate()) + " của " + text.apply(pj.issuer()) + " về “"
                    + text.apply(pj.title()) + "”, " + w.committee() + " đã chỉ đạo thực hiện "
                    + number(pj.solutionGroupsImplemented()) + " nhóm giải pháp.");
        }
        if (p.tasks() > 0) {
            sentences.add(until(r) + ", " + number(p.tasksDone())
                    + " nhiệm vụ hoàn thành trong kỳ, " + (p.tasksOverdue() > 0 ? number(p.tasksOverdue())
                            + " nhiệm vụ quá hạn." : "không có nhiệm vụ quá hạn."));
        } else {
            sentences.add("Chưa giao nhiệm vụ nào cho " + w.place() + ".");
        }
        if (p.briefings() > 0) {
            sentences.add("Công tác giao ban được thực hiện " + number(p.briefings()) + " lần.");
        }
        return String.join(" ", sentences);
    }

    static String organisationKind(String kind) {
        return switch (kind) {
            case "PARTY_CELL" -> "chi bộ trực thuộc";
            case "GRASSROOTS_COMMITTEE" -> "đảng uỷ cơ sở trực thuộc";
            default -> "tổ chức đảng";
        };
    }

    static String domain(String code) {
        return switch (code) {
            case "LAND_MANAGEMENT" -> "quản lý đất đai";
            case "CONSTRUCTION_ORDER" -> "trật tự xây dựng";
            case "URBAN_MANAGEMENT" -> "quản lý đô thị";
            case "SITE_CLEARANCE" -> "giải phóng mặt bằng";
            case "PUBLIC_INVESTMENT" -> "đầu tư công";
            case "PUBLIC_PROCUREMENT" -> "mua sắm tài sản công";
            default -> code;
        };
    }

    static String instrumentKind(String kind) {
        return switch (kind) {
            case "PLAN" -> "Kế hoạch";
            case "PROJECT" -> "Đề án";
            case "CONCLUSION" -> "Kết luận";
            case "DIRECTIVE" -> "Chỉ thị";
            case "RESOLUTION" -> "Nghị quyết";
            default -> kind;
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
