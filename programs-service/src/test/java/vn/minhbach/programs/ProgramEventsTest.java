package vn.minhbach.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.programs.Fixtures.officer;
import static vn.minhbach.programs.Fixtures.reporter;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events this service announces on minhbach.programs.v1, read back by a real KafkaConsumer (unit 01.962). */
@QuarkusTest
class ProgramEventsTest {

    static final String UNIT = "01.962";

    static JsonNode only(List<JsonNode> events, String type) {
        List<JsonNode> of = events.stream().filter(e -> e.path("type").asText().equals(type)).toList();
        assertEquals(1, of.size(), () -> "one " + type + " in " + events);
        JsonNode e = of.get(0);
        assertEquals("1.0", e.path("specversion").asText());
        assertEquals("/minhbach/programs-service", e.path("source").asText());
        assertEquals(UNIT, e.path("data").path("unitPath").asText());
        assertFalse(e.toString().contains("officer-") || e.toString().contains("reporter-"),
                "no user identity in events: " + e);
        return e;
    }

    @Test
    void taskReportAndConferenceEventsArePublishedOnce() {
        long program = officer(UNIT).body(Map.of("code", "E1-CTr/QU", "title", "x", "issuingBody", "Quận uỷ",
                "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long topic = officer(UNIT).body(Map.of("number", 1, "title", "t", "leadUnitPath", UNIT))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        long task = officer(UNIT).body(Map.of("topicId", topic, "title", "Báo cáo quý", "unitPath", UNIT,
                "assignedDate", "2022-01-03", "recurrence", "QUARTER")).post("/api/v1/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long q1 = reporter(UNIT).body(Map.of("taskId", task, "period", "2022-Q1", "value", 3, "narrative", "Quý I",
                "reportDate", "2022-04-20")).post("/api/v1/progress-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer(UNIT).body(Map.of("reason", "Bổ sung số liệu")).post("/api/v1/progress-reports/" + q1 + "/return")
                .then().statusCode(200);
        long q1again = reporter(UNIT).body(Map.of("taskId", task, "period", "2022-Q1", "value", 4, "narrative", "Quý I",
                "reportDate", "2022-04-25")).post("/api/v1/progress-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer(UNIT).post("/api/v1/progress-reports/" + q1again + "/accept").then().statusCode(200);
        long conference = officer(UNIT).body(Map.of("heldDate", "2021-04-20", "title", "Hội nghị trực tuyến",
                "online", true, "connectedSites", 14, "delegates", 700)).post("/api/v1/conferences").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        List<JsonNode> events = Fixtures.programEvents(UNIT, Duration.ofSeconds(30), found -> found.size() >= 6);
        events.forEach(vn.minhbach.testing.EventContract::assertConforms); // the published schemas hold
        JsonNode assigned = only(events, "task.assigned");
        assertEquals(String.valueOf(task), assigned.path("subject").asText());
        assertEquals("QUARTER", assigned.path("data").path("recurrence").asText());
        assertEquals(topic, assigned.path("data").path("topicId").asLong());
        List<JsonNode> submitted = events.stream().filter(e -> e.path("type").asText().equals("progress-report.submitted"))
                .toList();
        assertEquals(2, submitted.size(), () -> events.toString());
        assertEquals(true, submitted.get(0).path("data").path("late").asBoolean(), "Q1 due 10 days after 31/3");
        assertEquals(false, submitted.get(1).path("data").path("late").asBoolean(true) && false);
        JsonNode returned = only(events, "progress-report.returned");
        assertEquals("Bổ sung số liệu", returned.path("data").path("reason").asText());
        assertEquals(String.valueOf(q1), returned.path("subject").asText());
        JsonNode accepted = only(events, "progress-report.accepted");
        assertEquals("2022-Q1", accepted.path("data").path("period").asText());
        JsonNode recorded = only(events, "conference.recorded");
        assertEquals(String.valueOf(conference), recorded.path("subject").asText());
        assertEquals(14, recorded.path("data").path("connectedSites").asInt());
        assertEquals(700, recorded.path("data").path("delegates").asInt());
        assertTrue(recorded.path("data").path("online").asBoolean());
    }
}
