package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.VietnameseFormat.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.programs.service.PeriodReport.Activity;
import vn.minhbach.programs.service.PeriodReport.LevelFigures;

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

    public static String render(PeriodReport r) {
        UnitWords w = UnitWords.of(r.unit());
        String period = VietnameseFormat.period(r.from(), r.to());
        StringBuilder md = new StringBuilder();
        md.append("# Báo cáo kết quả thực hiện công tác phòng, chống tham nhũng, tiêu cực\n\n");
        md.append("Đơn vị: ").append(r.unit()).append(" · Kỳ báo cáo: ").append(VietnameseFormat.date(r.from()))
                .append(" – ").append(VietnameseFormat.date(r.to())).append("\n\n");

        md.append("## Công tác kiểm tra, giám sát\n\n");
        md.append(inspectionParagraph(r, w, period)).append("\n\n");

        md.append("## Tiếp công dân, giải quyết đơn thư\n\n");
        md.append(receptionParagraph(r, w, period)).append("\n\n");

        md.append("## Thực hiện chương trình, chuyên đề, đề án\n\n");
        md.append(programParagraph(r, w, period)).append("\n\n");

        md.append("---\n\nSố liệu đọc từ sự kiện của các hệ thống nguồn: ");
        List<String> sources = new ArrayList<>();
        for (var s : r.sources()) {
            sources.add(s.source() + " đến " + (s.asOf() == null ? "(chưa có sự kiện)" : s.asOf().toString()));
        }
        md.append(String.join("; ", sources)).append(".\n");
        return md.toString();
    }

    static String inspectionParagraph(PeriodReport r, UnitWords w, String period) {
        List<String> sentences = new ArrayList<>();
        Map<String, LevelFigures> levels = new java.util.LinkedHashMap<>();
        r.inspectionSupervision().byInitiatingLevel().forEach(l -> levels.put(l.initiatingLevel(), l));

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

        LevelFigures commission = levels.get("INSPECTION_COMMISSION");
        var signs = r.inspectionSupervision().signsOfViolation();
        if (commission != null
                && commission.inspection().teams() + commission.supervision().teams() > signs.teams()) {
            sentences.add("Ủy ban kiểm tra " + w.committee() + " đã tiến hành kiểm tra đối với "
                    + number(commission.inspection().organisationOccurrences()) + " tổ chức đảng, "
                    + number(commission.inspection().memberOccurrences()) + " đảng viên"
                    + (signs.teams() > 0 ? " (kể cả kiểm tra khi có dấu hiệu vi phạm)" : "") + " và giám sát với "
                    + number(commission.supervision().organisationOccurrences()) + " tổ chức đảng, "
                    + number(commission.supervision().memberOccurrences()) + " đảng viên.");
        }

        LevelFigures grassroots = levels.get("GRASSROOTS_COMMITTEE");
        if (grassroots != null && (grassroots.inspection().teams() > 0 || grassroots.supervision().teams() > 0)) {
            sentences.add("Đảng uỷ, chi bộ cơ sở đã tiến hành kiểm tra đối với "
                    + number(grassroots.inspection().organisationOccurrences()) + " tổ chức đảng, "
                    + number(grassroots.inspection().memberOccurrences()) + " đảng viên và giám sát với "
                    + number(grassroots.supervision().organisationOccurrences()) + " tổ chức đảng, "
                    + number(grassroots.supervision().memberOccurrences()) + " đảng viên.");
        } else {
            sentences.add("Đảng uỷ, chi bộ cơ sở chưa tiến hành kiểm tra, giám sát nào trong kỳ.");
        }

        if (signs.teams() > 0) {
            String domains = signs.domains().isEmpty() ? ""
                    : " liên quan đến " + String.join(", ", signs.domains().stream().map(ReportNarrative::domain).toList());
            String members = signs.memberOccurrences() == signs.standingCommitteeManagedMembers()
                    ? number(signs.memberOccurrences()) + " đảng viên thuộc diện Ban Thường vụ " + w.committee() + " quản lý"
                    : number(signs.memberOccurrences()) + " đảng viên (trong đó " + number(signs.standingCommitteeManagedMembers())
                            + " đảng viên thuộc diện Ban Thường vụ " + w.committee() + " quản lý)";
            sentences.add("Đặc biệt, Ủy ban kiểm tra " + w.committee() + " đã chủ động kiểm tra khi có dấu hiệu vi phạm"
                    + domains + " đối với " + number(signs.organisationOccurrences()) + " tổ chức đảng và " + members + ".");
        } else {
            sentences.add("Trong kỳ chưa phải tiến hành kiểm tra khi có dấu hiệu vi phạm.");
        }
        return String.join(" ", sentences);
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
            sentences.add("Đến " + VietnameseFormat.date(r.to()) + ", các cơ quan của " + w.place()
                    + " đã giải quyết xong " + number(c.petitionsSettled()) + " đơn và đang giải quyết "
                    + number(c.petitionsInProgress()) + " đơn.");
        }
        sentences.add(c.corruptionSignsFlagged() > 0
                ? "Qua giải quyết đơn thư đã phát hiện " + number(c.corruptionSignsFlagged())
                        + " đơn có dấu hiệu tham nhũng, tiêu cực."
                : "Trong quá trình giải quyết đơn thư chưa phát hiện có biểu hiện tham nhũng, tiêu cực.");
        return String.join(" ", sentences);
    }

    static String programParagraph(PeriodReport r, UnitWords w, String period) {
        var p = r.programWork();
        List<String> sentences = new ArrayList<>();
        for (var i : p.instrumentsIssued()) {
            // The issuer named on the instrument (a conclusion of the Central Committee is not the district's).
            String issuer = i.issuer() == null || i.issuer().isBlank() ? w.committee() : i.issuer();
            sentences.add(capitalise(issuer) + " đã ban hành " + instrumentKind(i.kind()) + " số " + i.number()
                    + " ngày " + VietnameseFormat.date(i.issuedDate()) + " về “" + i.title() + "”.");
        }
        for (var c : p.conferenceList()) {
            sentences.add(c.online()
                    ? "Tổ chức Hội nghị trực tuyến " + c.title() + " (tại " + number(c.connectedSites())
                            + " điểm cầu với " + number(c.delegates()) + " đại biểu)."
                    : "Tổ chức Hội nghị " + c.title() + " với " + number(c.delegates()) + " đại biểu.");
        }
        if (p.conferenceList().isEmpty()) {
            sentences.add("Trong kỳ chưa tổ chức hội nghị quán triệt, tuyên truyền.");
        }
        for (var pr : p.programs()) {
            sentences.add("Tổ chức thực hiện " + number(pr.topicsImplemented()) + " chuyên đề của Chương trình số "
                    + pr.code() + ".");
        }
        for (var pj : p.projects()) {
            sentences.add("Thực hiện Đề án số " + pj.number() + " ngày " + VietnameseFormat.date(pj.issuedDate()) + " của "
                    + pj.issuer() + " về “" + pj.title() + "”, " + w.committee() + " đã chỉ đạo thực hiện "
                    + number(pj.solutionGroupsImplemented()) + " nhóm giải pháp.");
        }
        if (p.tasks() > 0) {
            sentences.add("Đến " + VietnameseFormat.date(r.to()) + ", " + number(p.tasksDone())
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
