package vn.minhbach.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionAndUnitEventDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void teamDecidedWithItsTargets() throws Exception {
        var d = JSON.readValue("""
                {"unitPath":"01.021","teamId":"t","kind":"INSPECTION","basis":"THEMATIC",
                 "initiatingLevel":"INSPECTION_COMMISSION","decisionNumber":"12/QĐ","decisionDate":"2023-05-02",
                 "domains":["FINANCE_BUDGET"],"leadId":"l","addedLater":{"x":1},
                 "targets":[{"targetType":"ORGANISATION","subjectId":"o","organisationKind":"PARTY_CELL",
                             "standingCommitteeManaged":true},
                            {"targetType":"MEMBER","subjectId":"m"}]}""", InspectionEventData.TeamDecided.class);
        assertEquals(LocalDate.of(2023, 5, 2), d.decisionDate());
        assertEquals(List.of("FINANCE_BUDGET"), d.domainsOrNone());
        assertNull(d.petitionId());
        assertEquals(2, d.targetsOrNone().size());
        assertTrue(d.targetsOrNone().get(0).managedByStandingCommittee());
        assertFalse(d.targetsOrNone().get(1).managedByStandingCommittee());
        assertNull(d.targetsOrNone().get(1).organisationKind());
    }

    @Test
    void missingListsAreNone() throws Exception {
        var d = JSON.readValue("""
                {"unitPath":"01","teamId":"t"}""", InspectionEventData.TeamDecided.class);
        assertEquals(List.of(), d.domainsOrNone());
        assertEquals(List.of(), d.targetsOrNone());
    }

    @Test
    void teamConcluded() throws Exception {
        var c = JSON.readValue("""
                {"unitPath":"01","teamId":"t","concludedDate":"2023-09-30","conclusionReference":"KL 5",
                 "petitionId":"p"}""", InspectionEventData.TeamConcluded.class);
        assertEquals(LocalDate.of(2023, 9, 30), c.concludedDate());
        assertEquals("KL 5", c.conclusionReference());
        assertEquals("p", c.petitionId());
    }

    @Test
    void succession() throws Exception {
        var s = JSON.readValue("""
                {"unitPath":"01","from":"01.021.00611","to":"01.00611","effectiveDate":"2025-07-01",
                 "requestedBy":"admin","addedLater":true}""", UnitEventData.Succession.class);
        assertTrue(s.complete());
        assertEquals(LocalDate.of(2025, 7, 1), s.effectiveDate());
        var partial = JSON.readValue("""
                {"unitPath":"01","from":"01.021.00611","to":"01.00611"}""", UnitEventData.Succession.class);
        assertFalse(partial.complete());
        assertNull(partial.requestedBy());
    }
}
