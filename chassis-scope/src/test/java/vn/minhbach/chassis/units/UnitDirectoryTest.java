package vn.minhbach.chassis.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeded registry and the rules on it, without a container. */
class UnitDirectoryTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    final List<Unit> seed = UnitRegistry.readSeed();
    final UnitDirectory directory = new UnitDirectory(seed, Optional.empty());

    @Test
    void theSeedHasTheReformsNumbers() {
        List<Unit> current = directory.search(REFORM, null, Unit.Level.COMMUNE, "01");
        assertEquals(126, current.size(), "126 commune-level units from 1 July 2025 (NQ 1656/NQ-UBTVQH15)");
        assertEquals(51, current.stream().filter(u -> u.name().startsWith("Phường ")).count());
        assertEquals(75, current.stream().filter(u -> u.name().startsWith("Xã ")).count());
        List<Unit> districts = directory.search(null, null, Unit.Level.DISTRICT, "01");
        assertEquals(30, districts.size());
        assertTrue(districts.stream().allMatch(d -> LocalDate.of(2025, 6, 30).equals(d.validTo())));
        assertEquals(0, directory.search(REFORM, null, Unit.Level.DISTRICT, null).size(), "no district-level unit after the reform");
        assertEquals(13, directory.children("01.021", LocalDate.of(2022, 1, 1)).size(), "13 wards of Bắc Từ Liêm");
        assertEquals(10, directory.children("01.019", LocalDate.of(2022, 1, 1)).size(), "10 wards of Nam Từ Liêm");
        Set<String> paths = seed.stream().map(Unit::path).collect(Collectors.toSet());
        assertEquals(seed.size(), paths.size(), "paths are unique");
        seed.forEach(u -> u.successors().forEach(s -> assertTrue(paths.contains(s), u.path() + " -> " + s)));
        seed.forEach(u -> assertTrue(u.source() != null && !u.source().isBlank(), u.path() + " has a source"));
    }

    /**
     * The 126 commune-level units of Hà Nội from 1 July 2025 (51 phường, 75 xã; NQ 1656/NQ-UBTVQH15 of
     * 16/6/2025) with the codes of Công văn 1027/CTK-CSCL of 25/6/2025 (Cục Thống kê, list of
     * QĐ 19/2025/QĐ-TTg), as transcribed independently of the seed's source (a location data file
     * citing that Công văn, found through the code search; checked 2026-12-07: all 126 identical to
     * the seed). Not yet compared with the gazette text itself (docs/programs.md).
     */
    static final String CURRENT = """
            00070 Phường Hoàn Kiếm
            00082 Phường Cửa Nam
            00004 Phường Ba Đình
            00008 Phường Ngọc Hà
            00025 Phường Giảng Võ
            00256 Phường Hai Bà Trưng
            00283 Phường Vĩnh Tuy
            00292 Phường Bạch Mai
            00235 Phường Đống Đa
            00229 Phường Kim Liên
            00226 Phường Văn Miếu - Quốc Tử Giám
            00199 Phường Láng
            00190 Phường Ô Chợ Dừa
            00097 Phường Hồng Hà
            00328 Phường Lĩnh Nam
            00331 Phường Hoàng Mai
            00301 Phường Vĩnh Hưng
            00322 Phường Tương Mai
            00316 Phường Định Công
            00337 Phường Hoàng Liệt
            00340 Phường Yên Sở
            00367 Phường Thanh Xuân
            00364 Phường Khương Đình
            00352 Phường Phương Liệt
            00166 Phường Cầu Giấy
            00160 Phường Nghĩa Đô
            00175 Phường Yên Hòa
            00103 Phường Tây Hồ
            00091 Phường Phú Thượng
            00613 Phường Tây Tựu
            00619 Phường Phú Diễn
            00611 Phường Xuân Đỉnh
            00602 Phường Đông Ngạc
            00598 Phường Thượng Cát
            00592 Phường Từ Liêm
            00622 Phường Xuân Phương
            00634 Phường Tây Mỗ
            00637 Phường Đại Mỗ
            00145 Phường Long Biên
            00118 Phường Bồ Đề
            00127 Phường Việt Hưng
            00136 Phường Phúc Lợi
            09556 Phường Hà Đông
            09886 Phường Dương Nội
            09562 Phường Yên Nghĩa
            09568 Phường Phú Lương
            09552 Phường Kiến Hưng
            00640 Xã Thanh Trì
            00664 Xã Đại Thanh
            00685 Xã Nam Phù
            00679 Xã Ngọc Hồi
            00643 Phường Thanh Liệt
            10231 Xã Thượng Phúc
            10183 Xã Thường Tín
            10237 Xã Chương Dương
            10210 Xã Hồng Vân
            10273 Xã Phú Xuyên
            10279 Xã Phượng Dực
            10330 Xã Chuyên Mỹ
            10342 Xã Đại Xuyên
            10114 Xã Thanh Oai
            10126 Xã Bình Minh
            10144 Xã Tam Hưng
            10180 Xã Dân Hòa
            10354 Xã Vân Đình
            10369 Xã Ứng Thiên
            10417 Xã Hòa Xá
            10402 Xã Ứng Hòa
            10441 Xã Mỹ Đức
            10465 Xã Hồng Sơn
            10459 Xã Phúc Sơn
            10489 Xã Hương Sơn
            10015 Phường Chương Mỹ
            10030 Xã Phú Nghĩa
            10045 Xã Xuân Mai
            10081 Xã Trần Phú
            10096 Xã Hòa Phú
            10072 Xã Quảng Bị
            09661 Xã Minh Châu
            09619 Xã Quảng Oai
            09664 Xã Vật Lại
            09634 Xã Cổ Đô
            09676 Xã Bất Bạt
            09694 Xã Suối Hai
            09700 Xã Ba Vì
            09706 Xã Yên Bài
            09574 Phường Sơn Tây
            09604 Phường Tùng Thiện
            09616 Xã Đoài Phương
            09715 Xã Phúc Thọ
            09739 Xã Phúc Lộc
            09772 Xã Hát Môn
            09955 Xã Thạch Thất
            09982 Xã Hạ Bằng
            10003 Xã Tây Phương
            09988 Xã Hòa Lạc
            04930 Xã Yên Xuân
            09895 Xã Quốc Oai
            09931 Xã Hưng Đạo
            09910 Xã Kiều Phú
            09952 Xã Phú Cát
            09832 Xã Hoài Đức
            09856 Xã Dương Hòa
            09871 Xã Sơn Đồng
            09877 Xã An Khánh
            09784 Xã Đan Phượng
            09817 Xã Ô Diên
            09787 Xã Liên Minh
            00565 Xã Gia Lâm
            00562 Xã Thuận An
            00577 Xã Bát Tràng
            00541 Xã Phù Đổng
            00475 Xã Thư Lâm
            00454 Xã Đông Anh
            00466 Xã Phúc Thịnh
            00493 Xã Thiên Lộc
            00508 Xã Vĩnh Thanh
            09022 Xã Mê Linh
            08980 Xã Yên Lãng
            08995 Xã Tiến Thắng
            08974 Xã Quang Minh
            00376 Xã Sóc Sơn
            00430 Xã Đa Phúc
            00433 Xã Nội Bài
            00385 Xã Trung Giã
            00382 Xã Kim Anh
            """;

    /** The former wards (QĐ 124/2004/QĐ-TTg and updates; a second, independent transcription agrees). */
    static final Map<String, String> FORMER = Map.of("01.021", "00595 Phường Thượng Cát|00598 Phường Liên Mạc|00601 Phường Đông Ngạc|00602 Phường Đức Thắng|00604 Phường Thụy Phương|00607 Phường Tây Tựu|00610 Phường Xuân Đỉnh|00611 Phường Xuân Tảo|00613 Phường Minh Khai|00616 Phường Cổ Nhuế 1|00617 Phường Cổ Nhuế 2|00619 Phường Phú Diễn|00620 Phường Phúc Diễn", "01.019", "00592 Phường Cầu Diễn|00622 Phường Xuân Phương|00623 Phường Phương Canh|00625 Phường Mỹ Đình 1|00626 Phường Mỹ Đình 2|00628 Phường Tây Mỗ|00631 Phường Mễ Trì|00632 Phường Phú Đô|00634 Phường Đại Mỗ|00637 Phường Trung Văn");

    @Test
    void everySeededRowIsCountedWithItsCodeNameAndValidity() {
        assertEquals(180, seed.size(), "1 city + 30 former district-level units + 23 former wards + 126 current units");
        Map<String, String> expected = new TreeMap<>();
        CURRENT.lines().map(String::strip).filter(l -> !l.isEmpty())
                .forEach(l -> expected.put("01." + l.substring(0, 5), l.substring(6)));
        assertEquals(126, expected.size());
        Map<String, String> current = new TreeMap<>();
        seed.stream().filter(u -> REFORM.equals(u.validFrom())).forEach(u -> {
            assertEquals("01", u.parent(), u.path());
            assertEquals(Unit.Level.COMMUNE, u.level(), u.path());
            assertEquals(null, u.validTo(), u.path() + " is current");
            assertTrue(u.bodies().containsAll(List.of("PEOPLES_COMMITTEE", "PARTY_COMMITTEE")), u.path());
            current.put(u.path(), u.name());
        });
        assertEquals(expected, current, "the 126 codes and names of Công văn 1027/CTK-CSCL");
        assertEquals(51, current.values().stream().filter(n -> n.startsWith("Phường ")).count());
        assertEquals(75, current.values().stream().filter(n -> n.startsWith("Xã ")).count());

        List<Unit> districts = seed.stream().filter(u -> u.level() == Unit.Level.DISTRICT).toList();
        assertEquals(30, districts.size());
        assertEquals(12, districts.stream().filter(u -> u.name().startsWith("Quận ")).count(), "12 quận");
        assertEquals(17, districts.stream().filter(u -> u.name().startsWith("Huyện ")).count(), "17 huyện");
        assertEquals(List.of("01.269"), districts.stream().filter(u -> u.name().startsWith("Thị xã ")).map(Unit::path).toList());
        districts.forEach(d -> {
            assertTrue(d.path().matches("01\\.\\d{3}"), d.path());
            assertEquals(LocalDate.of(2025, 6, 30), d.validTo(), d.path() + " valid until 30 June 2025");
            assertEquals("01", d.parent());
        });

        FORMER.forEach((district, wards) -> {
            Map<String, String> want = new TreeMap<>();
            for (String w : wards.split("\\|")) {
                want.put(district + "." + w.substring(0, 5), w.substring(6));
            }
            Map<String, String> got = new TreeMap<>();
            seed.stream().filter(u -> district.equals(u.parent())).forEach(u -> {
                assertEquals(LocalDate.of(2025, 6, 30), u.validTo(), u.path());
                assertFalse(u.successors().isEmpty(), u.path() + " names its successors");
                u.successors().forEach(s -> assertTrue(current.containsKey(s), u.path() + " -> " + s + " is a current unit"));
                got.put(u.path(), u.name());
            });
            assertEquals(want, got, "the former wards of " + district);
        });
    }

    @Test
    void aFormerWardIsValidUntilTheReformThenNamesItsSuccessors() {
        assertInstanceOf(UnitDirectory.Verdict.Valid.class, directory.check("01.021.00611", LocalDate.of(2022, 10, 31)));
        assertInstanceOf(UnitDirectory.Verdict.Valid.class, directory.check("01.021", LocalDate.of(2025, 6, 30)));
        var retired = assertInstanceOf(UnitDirectory.Verdict.Retired.class, directory.check("01.021.00611", REFORM));
        assertEquals(List.of("01.00611", "01.00160", "01.00091"), retired.successors().stream().map(Unit::path).toList());
        assertEquals("Phường Xuân Đỉnh", retired.successors().get(0).name());
        assertInstanceOf(UnitDirectory.Verdict.NotYetValid.class, directory.check("01.00611", LocalDate.of(2025, 6, 30)));
        assertInstanceOf(UnitDirectory.Verdict.Valid.class, directory.check("01.00611", REFORM));
        assertInstanceOf(UnitDirectory.Verdict.Valid.class, directory.check("01", LocalDate.of(2021, 3, 1)));
        assertEquals(List.of("01.021", "01.021.00610", "01.021.00611", "01.021.00616"),
                directory.predecessorsOf("01.00611").stream().map(Unit::path).toList());
    }

    @Test
    void unknownUnitsAreUnknownUnlessATestFixturePatternAcceptsThem() {
        assertInstanceOf(UnitDirectory.Verdict.Unknown.class, directory.check("99.99999", REFORM));
        assertInstanceOf(UnitDirectory.Verdict.Unknown.class, directory.check("01.999.99999", REFORM));
        var withFixtures = new UnitDirectory(seed, Optional.of("^01\\.9\\d\\d(\\..*)?$"));
        assertInstanceOf(UnitDirectory.Verdict.Fixture.class, withFixtures.check("01.961.00001", REFORM));
        assertInstanceOf(UnitDirectory.Verdict.Unknown.class, withFixtures.check("02.961", REFORM));
    }

    @Test
    void nameSearchIgnoresAccentsAndCase() {
        assertEquals("phuong tu liem", UnitText.fold("Phường  Từ Liêm"));
        assertEquals("dong ngac", UnitText.fold("ĐÔNG NGẠC"));
        List<String> found = directory.search(REFORM, "tu liem", null, null).stream().map(Unit::path).toList();
        assertEquals(List.of("01.00592"), found);
        List<String> then = directory.search(LocalDate.of(2022, 1, 1), "TỪ LIÊM", null, null).stream().map(Unit::path).toList();
        assertEquals(List.of("01.019", "01.021"), then);
        assertEquals(List.of("01.021.00601"), directory.search(LocalDate.of(2022, 1, 1), "dong ngac", null, null)
                .stream().map(Unit::path).toList());
    }
}
