package vn.minhbach.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;
import vn.minhbach.e2e.Stack;

/**
 * Follows the petitions a test got a 201 for through every store: petitions-service's database, the
 * {@code minhbach.petitions.v1} topic, programs-service's inbox and read model, and its period report
 * through the gateway; and the leads inspections-service opened from flagged petitions.
 */
final class Ledger {

    static final String PROGRAMS_CONSUMER = "programs-report-petitions";
    static final String INSPECTIONS_CONSUMER = "inspections-leads";

    private Ledger() {
    }

    /** Ids of the petitions of a unit in petitions-service's database. */
    static Set<String> stored(String unit) {
        return new HashSet<>(Rig.psql(Rig.PETITIONS_DB, "select id from petition where unit_path = " + Rig.quote(unit)));
    }

    /** Ids of the petitions of a unit in programs-service's read model. */
    static Set<String> readModel(String unit) {
        return new HashSet<>(Rig.psql(Rig.PROGRAMS_DB, "select petition_id from rm_petition where unit_path = " + Rig.quote(unit)));
    }

    static long readModelFlagged(String unit) {
        return Rig.psqlCount(Rig.PROGRAMS_DB, "select count(*) from rm_petition where flagged_date is not null and unit_path = "
                + Rig.quote(unit));
    }

    /** Leads per petition of the unit in inspections-service's database. */
    static Map<String, Long> leadsPerPetition(String unit) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (String row : Rig.psql(Rig.INSPECTIONS_DB, "select petition_id, count(*) from lead where unit_path = "
                + Rig.quote(unit) + " group by petition_id")) {
            String[] c = row.split("\\|");
            result.put(c[0], Long.parseLong(c[1]));
        }
        return result;
    }

    /** Rows of a consumer's inbox ({@code processed_event}) for these event ids. */
    static long processed(String database, String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        long total = 0;
        List<String> ids = new ArrayList<>(eventIds);
        for (int i = 0; i < ids.size(); i += 500) {
            String in = ids.subList(i, Math.min(ids.size(), i + 500)).stream().map(Rig::quote)
                    .collect(Collectors.joining(","));
            total += Rig.psqlCount(database, "select count(*) from processed_event where consumer = "
                    + Rig.quote(consumer) + " and event_id in (" + in + ")");
        }
        return total;
    }

    /** The period report's citizen-reception figures for one unit and one day, through the gateway. */
    static JsonPath report(String unit, LocalDate day) {
        return Stack.asIntegration().queryParam("unit", unit).queryParam("from", day.toString())
                .queryParam("to", day.toString()).get("/api/v1/reports/period").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Duplicates programs-service's petitions consumer skipped so far (its inbox at work). */
    static long duplicatesSkipped() {
        return Rig.psqlCount(Rig.PROGRAMS_DB, "select duplicates_skipped from rm_source where source = 'petitions-service'");
    }

    /** What a test found, printed in one line. */
    record Figures(int sent, Map<String, Long> answers, int acknowledged, int stored, int storedUnacknowledged,
            int missingInDatabase, long receivedEventsOnTopic, long receivedRecordsOnTopic, int missingOnTopic,
            int duplicatedOnTopic, long consumedByPrograms, int inReadModel, int missingInReadModel, long reportReceived,
            long duplicatesSkippedDuringTest, long maxLatencyMillis) {
        @Override
        public String toString() {
            return "sent=" + sent + " answers=" + answers + " acknowledged=" + acknowledged + " stored=" + stored
                    + " (of which unacknowledged=" + storedUnacknowledged + ", acknowledged-but-missing=" + missingInDatabase
                    + ") kafka petition.received events=" + receivedEventsOnTopic + " records=" + receivedRecordsOnTopic
                    + " missing=" + missingOnTopic + " duplicated=" + duplicatedOnTopic
                    + " consumed(programs inbox)=" + consumedByPrograms + " readModel=" + inReadModel
                    + " missing=" + missingInReadModel + " report.petitionsReceived=" + reportReceived
                    + " redeliveries-skipped-by-inbox=" + duplicatesSkippedDuringTest
                    + " maxLatencyMs=" + maxLatencyMillis;
        }
    }

    /**
     * Waits until programs-service has caught up with what petitions-service stored (at most
     * {@code catchUp}), then counts everything and asserts: every 201 is stored, has exactly one
     * petition.received event on the topic, is consumed once and counted once in the report.
     */
    static Figures verify(String test, PetitionLoad load, String unit, LocalDate day, Duration catchUp,
            long duplicatesSkippedBefore) {
        List<String> acked = load.acknowledgedIds();
        assertEquals(acked.size(), new HashSet<>(acked).size(), "the same petition id acknowledged twice");
        Set<String> stored = stored(unit);
        Set<String> missingInDb = acked.stream().filter(id -> !stored.contains(id)).collect(Collectors.toSet());

        long t0 = System.nanoTime();
        boolean caughtUp = Rig.waitUntil(catchUp, () -> readModel(unit).containsAll(stored));
        long catchUpMillis = (System.nanoTime() - t0) / 1_000_000;
        Rig.say(test + ": read model " + (caughtUp ? "caught up" : "NOT caught up") + " after " + catchUpMillis + " ms");
        Set<String> inReadModel = readModel(unit);

        EventTally received = EventTally.count(Rig.PETITIONS_TOPIC, "petition.received", stored);
        Set<String> missingOnTopic = received.missing(stored);
        Set<String> eventIds = received.eventIds();
        long consumed = processed(Rig.PROGRAMS_DB, PROGRAMS_CONSUMER, eventIds);
        long reportReceived = report(unit, day).getLong("citizenReception.petitionsReceived");
        long skipped = duplicatesSkipped() - duplicatesSkippedBefore;

        Set<String> missingInReadModel = new HashSet<>(stored);
        missingInReadModel.removeAll(inReadModel);
        Set<String> storedUnacked = new HashSet<>(stored);
        acked.forEach(storedUnacked::remove);

        Figures f = new Figures(load.sent(), load.byStatus(), acked.size(), stored.size(), storedUnacked.size(),
                missingInDb.size(), received.distinctEvents(), received.records(), missingOnTopic.size(),
                received.duplicated().size(), consumed, inReadModel.size(), missingInReadModel.size(), reportReceived,
                skipped, load.maxLatencyMillis());
        Rig.report(test, f.toString());

        assertTrue(missingInDb.isEmpty(), "acknowledged (201) but not in petitions-service's database: " + missingInDb);
        assertTrue(missingOnTopic.isEmpty(), "stored without a petition.received event on the topic: " + missingOnTopic);
        assertTrue(received.duplicated().isEmpty(),
                "petitions with more than one petition.received event (distinct ids): " + received.duplicated());
        assertTrue(caughtUp && missingInReadModel.isEmpty(),
                "not in programs-service's read model within " + catchUp + ": " + missingInReadModel);
        assertEquals(eventIds.size(), consumed, "petition.received events not recorded once in programs-service's inbox");
        assertEquals(stored.size(), inReadModel.size(), "read model rows of the unit differ from the petitions stored");
        assertEquals(stored.size(), reportReceived, "period report's petitionsReceived differs from the petitions stored");
        return f;
    }
}
