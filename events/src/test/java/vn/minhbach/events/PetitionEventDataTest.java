package vn.minhbach.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PetitionEventDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static PetitionEventData.Transition transition(String data) throws Exception {
        return JSON.readValue(data, PetitionEventData.Transition.class);
    }

    @Test
    void theProducersFactWinsOverAnyListOfStatuses() throws Exception {
        // a status the legacy list calls settled, said not settled by petitions-service, and the other way round
        var t = transition("""
                {"unitPath":"01","petitionId":"p","from":"APPEALED","to":"RESOLVED","effectiveDate":"2022-03-01",
                 "fromSettled":true,"settled":false,"outcome":"RIGHT","onTime":true}""");
        assertFalse(t.isSettled());
        assertTrue(t.wasSettled());
        assertEquals(LocalDate.of(2022, 3, 1), t.effectiveDate());
        assertEquals(Boolean.TRUE, t.onTime());
    }

    @Test
    void anEventPublishedBeforeTheFactIsReadWithTheLegacyList() throws Exception {
        var t = transition("""
                {"unitPath":"01","petitionId":"p","from":"RESOLVED","to":"APPEALED","effectiveDate":"2022-03-01"}""");
        assertFalse(t.isSettled());
        assertTrue(t.wasSettled());
        var closed = transition("""
                {"unitPath":"01","petitionId":"p","from":"RECEIVED","to":"GUIDED","effectiveDate":"2022-03-01"}""");
        assertTrue(closed.isSettled());
        assertFalse(closed.wasSettled());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        var f = JSON.readValue("""
                {"unitPath":"01.021","petitionId":"p","number":"n","kind":"DENUNCIATION","domains":["LAND_MANAGEMENT"],
                 "summary":"s","flaggedDate":"2022-04-05","addedLater":1}""", PetitionEventData.CorruptionSignsFlagged.class);
        assertEquals(java.util.List.of("LAND_MANAGEMENT"), f.domains());
        assertEquals(LocalDate.of(2022, 4, 5), f.flaggedDate());
    }
}
