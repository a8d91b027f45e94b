package vn.minhbach.scenario;

import java.util.List;
import java.util.Random;

/** Realistic Vietnamese names, positions and addresses for generated records. */
final class Names {
    private static final List<String> SURNAMES = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
            "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Tạ",
            "Trịnh", "Đào", "Cao", "Lương", "Mai", "Kiều");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thanh",
            "Xuân", "Ngọc", "Trọng", "Công", "Mạnh", "Tiến");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
            "Hồng", "Kim", "Phương", "Bích");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng",
            "Huy", "Khánh", "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Tùng", "Việt", "Vinh",
            "Hiếu", "Trung", "Thành", "Kiên", "Lâm", "Toàn", "Hoà", "Tiến");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng",
            "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Thảo", "Thu", "Trang",
            "Tuyết", "Vân", "Yến", "Loan", "Huyền");
    private static final List<String> STREETS = List.of("Phạm Văn Đồng", "Cổ Nhuế", "Hoàng Quốc Việt", "Phú Diễn",
            "Đông Ngạc", "Thụy Phương", "Văn Tiến Dũng", "Tân Xuân", "Xuân Đỉnh", "Nguyễn Hoàng Tôn", "Kẻ Vẽ",
            "Đức Thắng", "Trần Cung", "Hồ Tùng Mậu", "Mễ Trì", "Lê Quang Đạo", "Mỹ Đình", "Trung Văn", "Xuân Phương",
            "Phúc Diễn", "Cầu Diễn", "Đình Thôn");
    private static final List<String> POSITIONS = List.of("Bí thư chi bộ", "Phó Bí thư chi bộ", "Chi ủy viên",
            "Trưởng phòng", "Phó Trưởng phòng", "Chủ tịch UBND phường", "Phó Chủ tịch UBND phường",
            "Bí thư Đảng ủy phường", "Trưởng ban quản lý dự án", "Cán bộ địa chính", "Chỉ huy trưởng quân sự",
            "Đội trưởng Đội quản lý trật tự xây dựng đô thị");

    private Names() {}

    static String person(Random r) {
        boolean male = r.nextBoolean();
        return pick(r, SURNAMES) + " " + (male ? pick(r, MALE_MIDDLE) : pick(r, FEMALE_MIDDLE)) + " "
                + (male ? pick(r, MALE_GIVEN) : pick(r, FEMALE_GIVEN));
    }

    static String address(Random r, String wardName) {
        return "Số " + (1 + r.nextInt(180)) + " ngõ " + (2 + r.nextInt(320)) + " đường " + pick(r, STREETS)
                + ", phường " + wardName;
    }

    static String position(Random r) {
        return pick(r, POSITIONS);
    }

    /** A 12-digit citizen identity number (CCCD): province code 001 for Hà Nội. */
    static String idNumber(Random r) {
        return "001" + (r.nextBoolean() ? "0" : "1") + (60 + r.nextInt(40)) + String.format("%06d", r.nextInt(1_000_000));
    }

    static String phone(Random r) {
        List<String> prefixes = List.of("090", "091", "096", "097", "098", "086", "088", "083", "035", "039");
        return pick(r, prefixes) + String.format("%07d", r.nextInt(10_000_000));
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
