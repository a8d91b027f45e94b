package vn.minhbach.programs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.petitionEvent;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settled vs in progress at the period's end, corruption flags, zero sentences, bad events and bad queries (01.981…). */
@QuarkusTest
class ReportEdgeCasesTest {

    static final String UNIT = "01.981";

    static int received(String unit, String from, String to) {
        return as("leader", unit, "leader").get("/api/v1/reports/period?unit=" + unit + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath().getInt("citizenReception.petitionsReceived");
    }

    static int flagged(String unit, String from, String to) {
        return as("leader", unit, "leader").get("/api/v1/reports/period?unit=" + unit + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath().getInt("citizenReception.corruptionSignsFlagged");
    }

    @Test
    void statusOnTheLastDayDecidesSettledAndFlagsAreCounted() {
        List<Fixtures.Event> events = new ArrayList<>();
        for (int i : new int[] {0, 1, 2, 4}) {
            String id = Fixtures.uuid("p-edge-" + i);
            events.add(petitionEvent("petition.received", id, Map.of("unitPath", UNIT, "petitionId", id, "number",
                    "E-" + i, "kind", "DENUNCIATION", "channel", "POST", "domains", List.of(), "receivedDate", "2022-02-01",
                    "anonymous", true)));
        }
        // 0: resolved then reopened (back in progress); 1: withdrawn in the period; 2: resolved after the period.
        events.add(petitionEvent("petition.resolved", Fixtures.uuid("p-edge-0"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-0"),
                "from", "ACCEPTED", "to", "RESOLVED", "effectiveDate", "2022-03-01", "outcome", "RIGHT", "onTime", true)));
        events.add(petitionEvent("petition.status-changed", Fixtures.uuid("p-edge-0"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-0"),
                "from", "RESOLVED", "to", "ACCEPTED", "effectiveDate", "2022-03-10")));
        events.add(petitionEvent("petition.status-changed", Fixtures.uuid("p-edge-1"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-1"),
                "from", "RECEIVED", "to", "WITHDRAWN", "effectiveDate", "2022-02-05")));
        events.add(petitionEvent("petition.resolved", Fixtures.uuid("p-edge-2"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-2"),
                "from", "ACCEPTED", "to", "RESOLVED", "effectiveDate", "2022-07-01", "outcome", "RIGHT", "onTime", false)));
        events.add(petitionEvent("petition.corruption-signs-flagged", Fixtures.uuid("p-edge-2"), Map.of("unitPath", UNIT,
                "petitionId", Fixtures.uuid("p-edge-2"), "number", "E-2", "kind", "DENUNCIATION", "domains", List.of("PUBLIC_INVESTMENT"),
                "summary", "dấu hiệu", "flaggedDate", "2022-02-15")));
        // 4 (issue 18.1): a complaint resolved inside the period and appealed (reopened) the day after it
        // ends is settled in that period's report: the status on `to`, from the history.
        events.add(petitionEvent("petition.resolved", Fixtures.uuid("p-edge-4"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-4"),
                "from", "ACCEPTED", "to", "RESOLVED", "effectiveDate", "2022-03-20", "outcome", "WRONG", "onTime", true)));
        events.add(petitionEvent("petition.status-changed", Fixtures.uuid("p-edge-4"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-4"),
                "from", "RESOLVED", "to", "ACCEPTED", "effectiveDate", "2022-04-01")));
        // A malformed value and an event without its required fields go to the dead-letter topic, and
        // do not stop the events after them.
        events.add(new Fixtures.Event(Fixtures.PETITIONS_TOPIC, "bad-1", "this is not a cloud event"));
        events.add(Fixtures.uncheckedEvent(Fixtures.PETITIONS_TOPIC, "/minhbach/petitions-service", "petition.received",
                "p-edge-bad", Map.of("unitPath", UNIT, "number", "no id")));
        events.add(petitionEvent("petition.received", Fixtures.uuid("p-edge-3"), Map.of("unitPath", UNIT, "petitionId", Fixtures.uuid("p-edge-3"),
                "number", "E-3", "kind", "COMPLAINT", "channel", "POST", "domains", List.of(), "receivedDate", "2022-02-02",
                "anonymous", false)));
        Fixtures.send(events);
        // all applied: the 5 received and the flag (events of different petitions are on different partitions,
        // so the 5th received can be applied before p-edge-2's flag)
        Fixtures.await("5 petitions of " + UNIT + ", one flagged", Duration.ofSeconds(60),
                () -> received(UNIT, "2022-01-01", "2022-03-31") == 5 && flagged(UNIT, "2022-01-01", "2022-03-31") == 1);
        as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=2022-03-31")
                .then().statusCode(200)
                .body("citizenReception.petitionsSettled", equalTo(2))
                .body("citizenReception.petitionsInProgress", equalTo(3))
                .body("citizenReception.corruptionSignsFlagged", equalTo(1));
        as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=2022-12-31")
                .then().statusCode(200).body("citizenReception.petitionsSettled", equalTo(2));
        as("leader", UNIT, "leader").accept("text/markdown")
                .get("/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=2022-03-31").then().statusCode(200)
                .body(containsString("phát hiện 1 đơn có dấu hiệu tham nhũng, tiêu cực"))
                .body(containsString("Từ 1/2022 – 31/3/2022, quận chưa tiếp công dân nào và tiếp nhận 5 đơn."));
        List<String> dead = deadLetters(2);
        assertTrue(dead.stream().anyMatch(v -> v.contains("this is not a cloud event")), () -> "DLQ: " + dead);
        assertTrue(dead.stream().anyMatch(v -> v.contains("p-edge-bad")), () -> "DLQ: " + dead);
    }

    @Test
    void aTeamEventOfTheWrongShapeGoesToTheInspectionsDeadLetterTopic() {
        // read through InspectionEventData: a decisionDate that is not an ISO date, a target without its subject
        String badDate = Fixtures.uuid("t-edge-bad-date");
        String noSubject = Fixtures.uuid("t-edge-no-subject");
        Map<String, Object> decided = new java.util.HashMap<>(Map.of("unitPath", UNIT, "kind", "INSPECTION",
                "basis", "THEMATIC", "initiatingLevel", "INSPECTION_COMMISSION", "decisionNumber", "1/QĐ",
                "decisionDate", "2022-02-01", "domains", List.of()));
        Map<String, Object> first = new java.util.HashMap<>(decided);
        first.putAll(Map.of("teamId", badDate, "decisionDate", "01/02/2022", "targets", List.of()));
        Map<String, Object> second = new java.util.HashMap<>(decided);
        second.putAll(Map.of("teamId", noSubject, "targets", List.of(Map.of("targetType", "ORGANISATION"))));
        Fixtures.send(List.of(
                Fixtures.uncheckedEvent(Fixtures.INSPECTIONS_TOPIC, "/minhbach/inspections-service", "team.decided",
                        badDate, first),
                Fixtures.uncheckedEvent(Fixtures.INSPECTIONS_TOPIC, "/minhbach/inspections-service", "team.decided",
                        noSubject, second)));
        List<String> dead = vn.minhbach.testing.Topics.readValues(Fixtures.INSPECTIONS_TOPIC + ".dlq.programs-report",
                values -> values.stream().filter(v -> v != null && (v.contains(badDate) || v.contains(noSubject)))
                        .count() >= 2, Duration.ofSeconds(30));
        assertTrue(dead.stream().anyMatch(v -> v.contains(badDate)), () -> "DLQ: " + dead);
        assertTrue(dead.stream().anyMatch(v -> v.contains(noSubject)), () -> "DLQ: " + dead);
    }

    static List<String> deadLetters(int atLeast) {
        return vn.minhbach.testing.Topics.readValues(Fixtures.PETITIONS_TOPIC + ".dlq.programs-report",
                values -> values.size() >= atLeast, Duration.ofSeconds(20));
    }

    @Test
    void anEmptyPeriodReadsAsChuaSentences() {
        String ward = "01.982.00001";
        as("leader", ward, "leader").accept("text/markdown")
                .get("/api/v1/reports/period?from=2020-01-01&to=2020-06-30").then().statusCode(200)
                .body(containsString("Từ 1/2020 – 30/6/2020, phường chưa thành lập đoàn kiểm tra, giám sát trực tiếp nào."))
                .body(containsString("phường chưa tiếp công dân nào và chưa tiếp nhận đơn nào."))
                .body(containsString("chưa phát hiện có biểu hiện tham nhũng, tiêu cực"))
                .body(containsString("Trong kỳ chưa tổ chức hội nghị"));
    }

    @Test
    void badQueriesAreProblemsNotErrors() {
        as("leader", UNIT, "leader").get("/api/v1/reports/period?from=2022-05-01&to=2022-01-01").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("title", equalTo("Kỳ báo cáo không hợp lệ"));
        as("leader", UNIT, "leader").header("Accept-Language", "en").get("/api/v1/reports/period?to=2022-01-01")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        as("leader", UNIT, "leader").get("/api/v1/reports/period?from=2022-13-01&to=2022-01-01").then().statusCode(400);
        as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=xx&from=2022-01-01&to=2022-02-01").then()
                .statusCode(400);
        as("leader", UNIT, "leader").accept("application/xml")
                .get("/api/v1/reports/period?from=2022-01-01&to=2022-02-01").then().statusCode(406);
        as("leader", null, "leader").get("/api/v1/reports/period?from=2022-01-01&to=2022-02-01").then().statusCode(403);
    }
}
