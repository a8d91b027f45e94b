package vn.minhbach.programs.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

class ChangeEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void identityFieldsAreStrippedAtAnyDepthAndTheRestKept() throws Exception {
        JsonNode data = json("""
                {"unitPath":"01.021","petitionId":"p1","intakeClient":"abc","submittedBy":"citizen.an",
                 "petitioners":[{"name":"Nguyễn Văn An","idNumber":"001080012345"}],
                 "targets":[{"subjectId":"m1","fullName":"Trần B","id_number":"0123"}],
                 "summary":"dấu hiệu tham nhũng"}""");
        JsonNode stripped = ChangeEvents.strip(data);
        assertEquals(json("""
                {"unitPath":"01.021","petitionId":"p1","targets":[{"subjectId":"m1"}],"summary":"dấu hiệu tham nhũng"}"""),
                stripped);
        assertTrue(data.has("petitioners"), "the input is left as it was");
    }

    @Test
    void theUnitIsUnitPathElseTheRegistryPathElseTheOwnerUnit() throws Exception {
        assertEquals("01.021", ChangeEvents.unitOf(json("{\"unitPath\":\"01.021\",\"path\":\"01.019\"}")));
        assertEquals("01.019", ChangeEvents.unitOf(json("{\"path\":\"01.019\",\"name\":\"Nam Từ Liêm\"}")));
        assertEquals("01.021.00611", ChangeEvents.unitOf(json("{\"ownerUnit\":\"01.021.00611\"}")));
        assertNull(ChangeEvents.unitOf(json("{\"unitPath\":\"Hà Nội\"}")));
        assertNull(ChangeEvents.unitOf(null));
    }

    @Test
    void theIntakeClientIsReadOnlyFromAText() throws Exception {
        assertEquals("abc", ChangeEvents.intakeClientOf(json("{\"intakeClient\":\"abc\"}")));
        assertNull(ChangeEvents.intakeClientOf(json("{\"intakeClient\":\"\"}")));
        assertNull(ChangeEvents.intakeClientOf(json("{\"intakeClient\":3}")));
    }

    @Test
    void aCursorIsOpaqueAndReadsBackToItsPosition() {
        for (long seq : List.of(0L, 1L, 42L, Long.MAX_VALUE)) {
            String cursor = ChangeEvents.cursor(seq);
            assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
            assertEquals(seq, ChangeEvents.position(cursor));
        }
        assertEquals(0, ChangeEvents.position(null));
        assertEquals(0, ChangeEvents.position(""));
    }

    @Test
    void aCursorTheFeedDidNotGiveIsA400OnAfter() {
        for (String bad : List.of("42", "Yzo0Mg==", "YzE6LTE", "YzI6NDI", "%%%", "YzE6eHl6")) {
            ProblemException e = assertThrows(ProblemException.class, () -> ChangeEvents.position(bad), bad);
            assertEquals(400, e.status());
            assertEquals("changes.cursor-invalid", e.key());
        }
    }

    @Test
    void typesAreEventTypeNames() {
        assertEquals(List.of("petition.accepted", "team.concluded"),
                List.copyOf(ChangeEvents.types(" petition.accepted, team.concluded,,petition.accepted ")));
        assertTrue(ChangeEvents.types(null).isEmpty());
        for (String bad : List.of("petition", "Petition.Accepted", "petition.*", "a.b;drop", "x".repeat(101) + ".y")) {
            ProblemException e = assertThrows(ProblemException.class, () -> ChangeEvents.types(bad), bad);
            assertEquals("changes.type-invalid", e.key());
        }
    }

    @Test
    void waitIsSecondsOrMillisecondsUpToTheMaximum() {
        Duration max = Duration.ofSeconds(30);
        assertEquals(Duration.ZERO, ChangeEvents.waitFor(null, max));
        assertEquals(Duration.ofSeconds(30), ChangeEvents.waitFor("30s", max));
        assertEquals(Duration.ofSeconds(5), ChangeEvents.waitFor("5", max));
        assertEquals(Duration.ofMillis(500), ChangeEvents.waitFor("500ms", max));
        for (String bad : List.of("31s", "-1s", "1m", "PT5S", "abc", "9999")) {
            ProblemException e = assertThrows(ProblemException.class, () -> ChangeEvents.waitFor(bad, max), bad);
            assertEquals("changes.wait-invalid", e.key());
        }
    }
}
