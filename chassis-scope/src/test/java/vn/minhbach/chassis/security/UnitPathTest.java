package vn.minhbach.chassis.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitPathTest {

    @Test
    void subtreeIsTheUnitAndWhatLiesBelowIt() {
        assertTrue(UnitPath.within("01.021", "01.021"));
        assertTrue(UnitPath.within("01.021.00611", "01.021"));
        assertTrue(UnitPath.within("01.021.00611", "01"));
        assertFalse(UnitPath.within("01.0211", "01.021"), "a sibling sharing a prefix is outside");
        assertFalse(UnitPath.within("01", "01.021"));
        assertFalse(UnitPath.within(null, "01"));
    }

    @Test
    void validPaths() {
        assertTrue(UnitPath.isValid("01"));
        assertTrue(UnitPath.isValid("01.021.00611"));
        assertFalse(UnitPath.isValid("1"));
        assertFalse(UnitPath.isValid("01.021%"));
        assertFalse(UnitPath.isValid("01..021"));
    }

    @Test
    void jpqlCondition() {
        assertEquals("(p.unitPath = :unitRoot or p.unitPath like :unitDescendants)",
                UnitPath.subtreeCondition("p.unitPath"));
        var params = UnitPath.subtreeParameters("01.021");
        assertEquals("01.021", params.get("unitRoot"));
        assertEquals("01.021.%", params.get("unitDescendants"));
        assertThrows(IllegalArgumentException.class, () -> UnitPath.subtreeParameters("01%"));
    }
}
