package vn.minhbach.chassis.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
