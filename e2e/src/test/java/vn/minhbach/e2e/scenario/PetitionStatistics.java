package vn.minhbach.e2e.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** petitions-service's own statistics against the report's citizen-reception section. */
final class PetitionStatistics {
    private PetitionStatistics() {}

    static void assertEqual(JsonNode own, JsonNode reported) {
        assertEquals(own.path("personVisits").asLong(), reported.path("personVisits").asLong(), "person-visits");
        assertEquals(own.path("receptionVisits").asLong(), reported.path("visits").asLong(), "visits");
        assertEquals(own.path("groupVisits").asLong(), reported.path("groupVisits").asLong(), "group visits");
        assertEquals(own.path("received").asLong(), reported.path("petitionsReceived").asLong(), "received");
        assertEquals(own.path("settled").asLong(), reported.path("petitionsSettled").asLong(), "settled");
        assertEquals(own.path("inProgress").asLong(), reported.path("petitionsInProgress").asLong(), "in progress");
        assertEquals(own.path("corruptionSignsFlagged").asLong(), reported.path("corruptionSignsFlagged").asLong(), "flagged");
    }
}
