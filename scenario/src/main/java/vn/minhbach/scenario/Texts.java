package vn.minhbach.scenario;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Vietnamese texts of generated records: what petitions are about, notes of transitions, conclusions. */
final class Texts {
    private static final Map<String, List<String>> TOPICS = Map.of(
            "LAND_MANAGEMENT", List.of("cấp giấy chứng nhận quyền sử dụng đất", "tranh chấp ranh giới thửa đất",
                    "đo đạc, chỉnh lý biến động đất đai", "lấn chiếm đất công", "chuyển mục đích sử dụng đất"),
            "CONSTRUCTION_ORDER", List.of("xây dựng sai phép", "xây dựng không phép", "công trình lấn chiếm vỉa hè",
                    "cơi nới tầng trái phép", "ảnh hưởng công trình liền kề khi thi công"),
            "URBAN_MANAGEMENT", List.of("vệ sinh môi trường khu dân cư", "chiếu sáng và cây xanh ngõ xóm",
                    "thoát nước, ngập úng cục bộ", "trật tự lòng đường, vỉa hè"),
            "SITE_CLEARANCE", List.of("bồi thường, hỗ trợ giải phóng mặt bằng", "tái định cư dự án đường vành đai",
                    "giá đất tính bồi thường", "xác định nguồn gốc đất bị thu hồi"),
            "PUBLIC_INVESTMENT", List.of("chất lượng công trình trường học", "tiến độ dự án cải tạo ngõ",
                    "nghiệm thu công trình nhà văn hóa"),
            "PUBLIC_PROCUREMENT", List.of("mua sắm trang thiết bị y tế phường", "đấu thầu mua sắm tài sản công"),
            "SOCIAL_POLICY", List.of("chế độ chính sách người có công", "trợ cấp xã hội", "bảo hiểm xã hội"),
            "HARASSMENT", List.of("cán bộ gây phiền hà khi giải quyết thủ tục đất đai",
                    "nhũng nhiễu trong cấp phép xây dựng", "chậm trễ, đòi hỏi giấy tờ ngoài quy định"),
            "OTHER", List.of("thái độ phục vụ của cán bộ tiếp dân", "thủ tục hành chính chậm giải quyết",
                    "tiếng ồn kinh doanh karaoke"));

    private Texts() {}

    static String topic(String domain, Random r) {
        return Names.pick(r, TOPICS.getOrDefault(domain, TOPICS.get("OTHER")));
    }

    static String title(String kind, String topic) {
        String prefix = switch (kind) {
            case "COMPLAINT" -> "Khiếu nại về";
            case "DENUNCIATION" -> "Tố cáo sai phạm trong";
            case "RECOMMENDATION" -> "Kiến nghị về";
            default -> "Phản ánh về";
        };
        return prefix + " " + topic;
    }

    static String content(String kind, String topic, String ward, Random r) {
        String who = Names.pick(r, List.of("gia đình tôi", "các hộ dân tổ dân phố số " + (1 + r.nextInt(22)),
                "tôi và các hộ liền kề", "nhân dân khu dân cư", "bà con xóm " + Names.pick(r, List.of("Đình", "Chùa", "Giữa", "Bãi", "Trại"))));
        String head = switch (kind) {
            case "COMPLAINT" -> "Đề nghị xem xét lại quyết định hành chính liên quan đến " + topic + " tại phường "
                    + ward + ", ảnh hưởng trực tiếp đến quyền lợi của " + who + ".";
            case "DENUNCIATION" -> "Tố cáo cán bộ có dấu hiệu vi phạm quy định trong " + topic + " trên địa bàn phường "
                    + ward + "; đề nghị cơ quan có thẩm quyền xác minh, xử lý.";
            case "RECOMMENDATION" -> "Kiến nghị các cơ quan chức năng sớm giải quyết " + topic + " tại phường " + ward
                    + " để ổn định đời sống của " + who + ".";
            default -> "Phản ánh tình trạng " + topic + " kéo dài tại phường " + ward + ", " + who
                    + " đề nghị kiểm tra, chấn chỉnh.";
        };
        // the particulars every real petition has, different from one petition to the next
        StringBuilder body = new StringBuilder(head);
        body.append(' ').append(Names.pick(r, List.of("Thửa đất số ", "Lô đất số ", "Căn hộ số ", "Nhà số ")))
                .append(1 + r.nextInt(900)).append(", tờ bản đồ số ").append(1 + r.nextInt(60))
                .append(", diện tích ").append(30 + r.nextInt(400)).append(',').append(r.nextInt(10)).append(" m².");
        body.append(" Sự việc bắt đầu từ tháng ").append(1 + r.nextInt(12)).append('/').append(2015 + r.nextInt(7))
                .append(Names.pick(r, List.of(", khi ", "; thời điểm đó ", ", sau khi ")))
                .append(Names.pick(r, List.of("ông ", "bà ", "anh ", "chị "))).append(Names.person(r))
                .append(Names.pick(r, List.of(" tự ý xây tường rào lấn sang", " đổ vật liệu chắn lối đi chung",
                        " được cấp phép nhưng thi công vượt tầng", " nhận tiền hỗ trợ thay cho các hộ",
                        " đề nghị nộp thêm giấy tờ không có trong quy định", " chưa trả lời đơn lần trước")))
                .append('.');
        if (r.nextBoolean()) {
            body.append(" Số tiền liên quan khoảng ").append(10 + r.nextInt(990)).append(" triệu đồng.");
        }
        body.append(' ').append(Names.pick(r, List.of("Đơn đã gửi lần ", "Trước đó đã kiến nghị lần ", "Đã phản ánh qua tổ dân phố lần ")))
                .append(1 + r.nextInt(3)).append(" vào ngày ").append(1 + r.nextInt(28)).append('/').append(1 + r.nextInt(12))
                .append(" nhưng chưa được giải quyết dứt điểm.");
        return body.toString();
    }

    static String stepNote(String action, Random r) {
        return switch (action) {
            case "ACCEPT" -> "Thụ lý giải quyết theo thẩm quyền.";
            case "START_VERIFICATION" -> Names.pick(r, List.of("Giao Thanh tra quận xác minh nội dung đơn.",
                    "Giao phòng Tài nguyên và Môi trường xác minh.", "Giao phòng Quản lý đô thị kiểm tra thực địa.",
                    "Giao UBND phường xác minh, báo cáo."));
            case "RESOLVE" -> Names.pick(r, List.of("Đã ban hành quyết định giải quyết, gửi công dân.",
                    "Đã trả lời công dân bằng văn bản, công dân nhất trí.",
                    "Ban hành kết luận nội dung tố cáo, công khai theo quy định."));
            case "GUIDE" -> "Hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền giải quyết.";
            case "TRANSFER" -> "Chuyển đơn đến cơ quan có thẩm quyền, thông báo cho người gửi đơn.";
            case "NOT_ACCEPT" -> Names.pick(r, List.of("Không thụ lý: vụ việc đã được giải quyết có hiệu lực pháp luật.",
                    "Không thụ lý: đơn không đủ điều kiện theo quy định.", "Không thụ lý: quá thời hiệu khiếu nại."));
            case "WITHDRAW" -> "Công dân rút đơn bằng văn bản.";
            case "FILE" -> "Lưu đơn: đơn trùng nội dung đã được giải quyết.";
            case "CLOSE" -> "Kết thúc hồ sơ, lưu trữ theo quy định.";
            default -> action;
        };
    }

    /** The number of the document a transition records (thông báo thụ lý, quyết định, phiếu chuyển …). */
    static String documentReference(String action, java.time.LocalDate date, Random r) {
        String kind = switch (action) {
            case "ACCEPT" -> "TB-UBND";
            case "NOT_ACCEPT" -> "TB-UBND";
            case "START_VERIFICATION" -> "QĐ-UBND";
            case "RESOLVE" -> "QĐ-UBND";
            case "TRANSFER" -> "PC-TCD";
            case "GUIDE" -> "HD-TCD";
            case "FILE" -> "LĐ-TCD";
            case "WITHDRAW" -> "TB-UBND";
            default -> "VB-UBND";
        };
        return (1 + r.nextInt(2999)) + "/" + kind + " ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/"
                + date.getYear();
    }

    static String grassrootsName(int i, String ward) {
        return i % 3 == 2 ? "Đảng ủy Khối cơ quan số " + (i + 1) : "Đảng ủy phường " + ward;
    }

    static String cellName(int i, String ward) {
        return switch (i % 4) {
            case 0 -> "Chi bộ tổ dân phố số " + (1 + i / 4) + " phường " + ward;
            case 1 -> "Chi bộ trường THCS " + ward;
            case 2 -> "Chi bộ khu dân cư số " + (1 + i / 4) + " phường " + ward;
            default -> "Chi bộ cơ quan UBND phường " + ward;
        };
    }

    static String unusedTeamTitle(String kind, String basis, int year) {
        String what = kind.equals("SUPERVISION") ? "Giám sát" : "Kiểm tra";
        return switch (basis) {
            case "SIGNS_OF_VIOLATION" -> "Kiểm tra khi có dấu hiệu vi phạm trong quản lý đất đai, trật tự xây dựng";
            case "THEMATIC" -> what + " chuyên đề công tác phòng, chống tham nhũng, tiêu cực năm " + year;
            default -> what + " việc thực hiện Chương trình số 10-CTr/TU năm " + year;
        };
    }

    static String conclusion(String kind, Random r) {
        return Names.pick(r, List.of(
                "Tổ chức đảng được " + (kind.equals("SUPERVISION") ? "giám sát" : "kiểm tra")
                        + " cơ bản thực hiện tốt; còn hạn chế trong việc lưu trữ hồ sơ.",
                "Chấp hành nghiêm quy định; cần tăng cường công khai, minh bạch kết quả giải quyết đơn thư.",
                "Còn một số thiếu sót trong quản lý đất đai, trật tự xây dựng; yêu cầu khắc phục.",
                "Thực hiện đúng quy trình; đề nghị tiếp tục rà soát các chuyên đề đã ban hành."));
    }

    static String finding(boolean violation, Random r) {
        return violation ? Names.pick(r, List.of(
                "Buông lỏng quản lý, để xảy ra xây dựng sai phép trên địa bàn.",
                "Thiếu trách nhiệm trong thẩm định hồ sơ cấp giấy chứng nhận quyền sử dụng đất.",
                "Chậm xử lý vi phạm trật tự xây dựng đã được phát hiện.",
                "Chưa thực hiện đúng quy trình xét duyệt nguồn gốc đất."))
                : Names.pick(r, List.of("Chấp hành nghiêm các quy định của Đảng.",
                "Thực hiện tốt nhiệm vụ kiểm tra, giám sát; hồ sơ lưu trữ đầy đủ.",
                "Lãnh đạo thực hiện tốt Chương trình số 10-CTr/TU.",
                "Cơ bản thực hiện đúng quy định; còn chậm báo cáo định kỳ."));
    }

    static String recommendation(Random r) {
        return Names.pick(r, List.of("Rà soát, hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất.",
                "Kiểm điểm rút kinh nghiệm đối với tập thể, cá nhân có liên quan.",
                "Xử lý dứt điểm các công trình vi phạm trật tự xây dựng đã phát hiện.",
                "Công khai kết quả giải quyết đơn thư tại trụ sở UBND phường.",
                "Bổ sung nội dung phòng, chống tham nhũng vào chương trình kiểm tra năm sau."));
    }
}
