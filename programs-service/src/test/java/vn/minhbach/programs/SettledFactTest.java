package vn.minhbach.programs;

import static org.hamcrest.Matchers.equalTo;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.petitionEvent;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Settled" is petitions-service's fact, carried by each transition event ({@code settled}, {@code fromSettled},
 * issue 21.3): the report reads it and no list of statuses of its own; only an event published before the fact
 * existed (without the fields) is read with the list of that time (PetitionEventData.LegacySettled). Unit 01.976.
 */
@QuarkusTest
class SettledFactTest {

    static final String UNIT = "01.976";

    static Fixtures.Event received(String name) {
        String id = Fixtures.uuid(name);
        return petitionEvent("petition.received", id, Map.of("unitPath", UNIT, "petitionId", id, "number", name,
                "kind", "COMPLAINT", "channel", "POST", "domains", List.of(), "receivedDate", "2022-02-01",
                "anonymous", false));
    }

    /** A transition; {@code fromSettled}/{@code settled} null = an event published before they existed. */
    static Fixtures.Event moved(String type, String name, String from, String to, String date, Boolean fromSettled,
            Boolean settled) {
        String id = Fixtures.uuid(name);
        Map<String, Object> data = new HashMap<>(Map.of("unitPath", UNIT, "petitionId", id, "from", from, "to", to,
                "effectiveDate", date));
        if ("petition.resolved".equals(type)) {
            data.put("outcome", "RIGHT");
            data.put("onTime", true);
        } else if ("petition.accepted".equals(type)) {
            data.put("acceptanceDueDate", "2022-03-10");
            data.put("resolutionDueDate", "2022-04-10");
        }
        if (settled != null) {
            data.put("fromSettled", fromSettled);
            data.put("settled", settled);
        }
        return petitionEvent(type, id, data);
    }

    @Test
    void theEventsSettledFactDecidesAndOldEventsKeepTheOldDerivation() {
        List<Fixtures.Event> events = new ArrayList<>();
        for (String p : List.of("p-fact-a", "p-fact-b", "p-fact-c", "p-fact-d", "p-fact-e", "p-fact-f")) {
            events.add(received(p));
        }
        // a: a status programs' old list does not call settled, said settled by petitions-service -> settled
        events.add(moved("petition.status-changed", "p-fact-a", "RECEIVED", "UNDER_VERIFICATION", "2022-03-01", false, true));
        // b: a status the old list calls settled, said not settled -> in progress
        events.add(moved("petition.resolved", "p-fact-b", "ACCEPTED", "RESOLVED", "2022-03-01", false, false));
        // c, d: events published before the fact: the old derivation (WITHDRAWN settled, ACCEPTED not)
        events.add(moved("petition.status-changed", "p-fact-c", "RECEIVED", "WITHDRAWN", "2022-03-01", null, null));
        events.add(moved("petition.accepted", "p-fact-d", "RECEIVED", "ACCEPTED", "2022-03-01", null, null));
        // e: settled in the period, reopened after it: settled on `to`, from the history's facts
        events.add(moved("petition.resolved", "p-fact-e", "ACCEPTED", "RESOLVED", "2022-03-20", false, true));
        events.add(moved("petition.status-changed", "p-fact-e", "RESOLVED", "APPEALED", "2022-04-01", true, false));
        // f: the same through statuses the old list would never call settled: only the facts tell
        events.add(moved("petition.status-changed", "p-fact-f", "RECEIVED", "UNDER_VERIFICATION", "2022-03-05", false, true));
        events.add(moved("petition.status-changed", "p-fact-f", "UNDER_VERIFICATION", "ACCEPTED", "2022-04-02", true, false));
        Fixtures.send(events);
        Fixtures.await("6 petitions of " + UNIT + ", 2 moved after the period", Duration.ofSeconds(60),
                () -> ReportEdgeCasesTest.received(UNIT, "2022-01-01", "2022-03-31") == 6
                        && inProgress("2022-01-01", "2022-12-31") == 4);
        as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=2022-03-31")
                .then().statusCode(200)
                .body("citizenReception.petitionsSettled", equalTo(4)) // a, c, e, f
                .body("citizenReception.petitionsInProgress", equalTo(2)); // b, d
        // on 31/12 e and f are back in progress: a and c settled
        as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=2022-12-31")
                .then().statusCode(200)
                .body("citizenReception.petitionsSettled", equalTo(2));
    }

    static int inProgress(String from, String to) {
        return as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=" + UNIT + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath().getInt("citizenReception.petitionsInProgress");
    }
}
