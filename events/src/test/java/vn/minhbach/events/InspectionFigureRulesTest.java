package vn.minhbach.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.events.InspectionFigureRules.Counts;
import vn.minhbach.events.InspectionFigureRules.Target;
import vn.minhbach.events.InspectionFigureRules.Team;

class InspectionFigureRulesTest {

    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate TO = LocalDate.of(2022, 12, 31);

    static Target org(String id, String kind) {
        return new Target("ORGANISATION", id, kind, false);
    }

    static Target member(String id, boolean managed) {
        return new Target("MEMBER", id, null, managed);
    }

    static Team team(String kind, String basis, Target... targets) {
        return new Team(kind, basis, "INSPECTION_COMMISSION", FROM, List.of(), List.of(targets));
    }

    @Test
    void aTeamCountsFromItsDecisionWithinThePeriodBothEndsIncluded() {
        assertTrue(InspectionFigureRules.counted("DECIDED", FROM, FROM, TO));
        assertTrue(InspectionFigureRules.counted("PUBLISHED", TO, FROM, TO));
        assertFalse(InspectionFigureRules.counted("DECIDED", TO.plusDays(1), FROM, TO));
        assertFalse(InspectionFigureRules.counted("DECIDED", FROM.minusDays(1), FROM, TO));
        assertFalse(InspectionFigureRules.counted("PLANNED", FROM, FROM, TO), "a planned team is not counted");
        assertFalse(InspectionFigureRules.counted("DECIDED", null, FROM, TO));
    }

    @Test
    void signsOfViolationAreInspectionsOnThatBasisOnly() {
        assertTrue(InspectionFigureRules.onSignsOfViolation("INSPECTION", "SIGNS_OF_VIOLATION"));
        assertFalse(InspectionFigureRules.onSignsOfViolation("SUPERVISION", "SIGNS_OF_VIOLATION"));
        assertFalse(InspectionFigureRules.onSignsOfViolation("INSPECTION", "REGULAR"));
    }

    @Test
    void occurrencesCountOncePerTeamDistinctOncePerSubjectAndKind() {
        Counts c = InspectionFigureRules.count(List.of(
                team("INSPECTION", "REGULAR", org("o1", "PARTY_CELL"), org("o2", "PARTY_CELL"), member("m1", true)),
                team("INSPECTION", "REGULAR", org("o1", "PARTY_CELL"), org("o2", "OTHER_COMMITTEE"),
                        org("o3", null), member("m1", true), member("m2", false))));
        assertEquals(2, c.teams());
        assertEquals(5, c.organisationOccurrences());
        assertEquals(Map.of("PARTY_CELL", 3L, "OTHER_COMMITTEE", 1L, "UNSPECIFIED", 1L),
                c.organisationOccurrencesByKind());
        // o2 recorded under two kinds: once under each, once over all kinds
        assertEquals(3, c.distinctOrganisations());
        assertEquals(Map.of("PARTY_CELL", 2L, "OTHER_COMMITTEE", 1L, "UNSPECIFIED", 1L),
                c.distinctOrganisationsByKind());
        assertEquals(3, c.memberOccurrences());
        assertEquals(2, c.distinctMembers());
        assertEquals(2, c.managedMemberOccurrences());
        assertEquals(1, c.distinctManagedMembers());
    }

    @Test
    void aManagedFlagOnAnOrganisationTargetIsNotAManagedMember() {
        Counts c = InspectionFigureRules.count(List.of(
                team("SUPERVISION", "REGULAR", new Target("ORGANISATION", "o1", "PARTY_CELL", true))));
        assertEquals(0, c.managedMemberOccurrences());
        assertEquals(0, c.memberOccurrences());
    }

    @Test
    void noTeamsNoFigures() {
        Counts c = InspectionFigureRules.count(List.of());
        assertEquals(new Counts(0, 0, Map.of(), 0, Map.of(), 0, 0, 0, 0), c);
    }
}
