package vn.minhbach.petitions;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The steering committee's register of complex, prolonged and crowded cases; the corruption-signs
 * flag (event for inspections) and the conclusion coming back from inspections' {@code team.concluded}.
 */
@QuarkusTest
class RegisterAndCorruptionTest {

    static final String UNIT = "01.907";
    static final String INSPECTIONS = "minhbach.inspections.v1";

    @Inject
    AgroalDataSource db;

    @Test
    void registerListsCasesWithReasonsAndCounts() {
        String unit = UNIT + ".00701";
        String a = newPetition(unit, "COMPLAINT", LocalDate.of(2023, 7, 3));
        String b = newPetition(unit, "COMPLAINT", LocalDate.of(2023, 7, 3));
        newPetition(unit, "COMPLAINT", LocalDate.of(2023, 7, 3));
        var leader = as("leader-907", unit, "leader");
        leader.body(Map.of("complex", true, "prolonged", true, "crowded", false,
                "reasons", "Khiếu nại kéo dài từ 2019, nhiều cơ quan đã giải quyết", "registerDate", "2023-07-10"))
                .put("/api/v1/petitions/" + a + "/register").then().statusCode(200)
                .body("register.complex", is(true)).body("register.prolonged", is(true));
        handler(unit).body(Map.of("complex", false, "prolonged", false, "crowded", true,
                "reasons", "Đoàn đông người 30 hộ dân", "registerDate", "2023-07-11"))
                .put("/api/v1/petitions/" + b + "/register").then().statusCode(200);
        as("leader-907", unit, "leader").get("/api/v1/petitions/register").then().statusCode(200)
                .body("total", is(2)).body("complex", is(1)).body("prolonged", is(1)).body("crowded", is(1))
                .body("items.reasons", hasItem("Đoàn đông người 30 hộ dân"));
        as("leader-907", unit, "leader").queryParam("from", "2023-07-01").queryParam("to", "2023-07-31")
                .get("/api/v1/petitions/statistics").then().statusCode(200).body("complexCasesOpen", is(2));
        move(unit, b, "GUIDE", LocalDate.of(2023, 7, 12));
        as("leader-907", unit, "leader").queryParam("from", "2023-07-01").queryParam("to", "2023-07-31")
                .get("/api/v1/petitions/statistics").then().statusCode(200).body("complexCasesOpen", is(1));
        as("leader-x", "01.008", "leader").get("/api/v1/petitions/register").then().statusCode(200)
                .body("items.id", not(hasItem(a)));
        as("reception", unit, "reception-officer").get("/api/v1/petitions/register").then().statusCode(403);
        leader.body(Map.of("complex", true, "registerDate", "2023-07-10"))
                .put("/api/v1/petitions/" + a + "/register").then().statusCode(400);
    }

    /** Issue 18.5: the register reaches the period report as an event, without the free-text reasons. */
    @Test
    void registeringEmitsTheEventTheReportCounts() {
        String id = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 7, 3));
        handler(UNIT).body(Map.of("complex", true, "prolonged", false, "crowded", true,
                "reasons", "Đoàn đông người khiếu nại bồi thường", "registerDate", "2023-07-12"))
                .put("/api/v1/petitions/" + id + "/register").then().statusCode(200);
        JsonNode e = Events.first(Events.until(id, "petition.register-updated"), "petition.register-updated");
        JsonNode data = e.path("data");
        assertEquals(id, data.path("petitionId").asText());
        assertEquals(UNIT, data.path("unitPath").asText());
        assertTrue(data.path("complex").asBoolean() && data.path("crowded").asBoolean());
        assertFalse(data.path("prolonged").asBoolean());
        assertEquals("2023-07-12", data.path("registerDate").asText());
        assertFalse(e.toString().contains("Đoàn đông người"), "the reasons stay in the service");
    }

    @Test
    void flaggingEmitsTheEventInspectionsConsumesOnce() {
        String id = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2023, 7, 3));
        String flag = "/api/v1/petitions/" + id + "/corruption-signs";
        handler(UNIT).body(Map.of("summary", "Dấu hiệu nhận hối lộ khi cấp sổ đỏ", "flaggedDate", "2023-07-05"))
                .post(flag).then().statusCode(200).body("corruption.flagged", is(true))
                .body("corruption.flaggedDate", is("2023-07-05"));
        handler(UNIT).body(Map.of("summary", "Lần hai", "flaggedDate", "2023-07-06")).post(flag).then().statusCode(409);
        as("reception", UNIT, "reception-officer").body(Map.of("summary", "x", "flaggedDate", "2023-07-06"))
                .post(flag).then().statusCode(403);
        JsonNode e = Events.first(Events.until(id, "petition.corruption-signs-flagged"),
                "petition.corruption-signs-flagged");
        JsonNode data = e.path("data");
        assertEquals(id, data.path("petitionId").asText());
        assertEquals("DENUNCIATION", data.path("kind").asText());
        assertEquals("Dấu hiệu nhận hối lộ khi cấp sổ đỏ", data.path("summary").asText());
        assertEquals("2023-07-05", data.path("flaggedDate").asText());
        assertEquals(UNIT, data.path("unitPath").asText());
        assertTrue(data.path("number").asText().startsWith(UNIT));
        assertFalse(e.toString().contains("Nguyễn Văn An"));
        as("leader", UNIT, "leader").queryParam("from", "2023-07-01").queryParam("to", "2023-07-31")
                .get("/api/v1/petitions/statistics").then().body("corruptionSignsFlagged", greaterThanOrEqualTo(1));
    }

    static String concluded(String eventId, String petitionId, String reference) {
        return """
                {"specversion":"1.0","id":"%s","source":"/minhbach/inspections-service","type":"team.concluded",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"unitPath":"01.907","teamId":"%s","concludedDate":"2023-09-15",
                         "conclusionReference":"%s","petitionId":"%s"}}
                """.formatted(eventId, UUID.randomUUID(), OffsetDateTime.now(), UUID.randomUUID(), reference, petitionId);
    }

    @Test
    void conclusionOfTheLeadComesBackOnceFromInspections() throws Exception {
        String id = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2023, 7, 3));
        handler(UNIT).body(Map.of("summary", "Dấu hiệu tham nhũng trong đấu thầu", "flaggedDate", "2023-07-04"))
                .post("/api/v1/petitions/" + id + "/corruption-signs").then().statusCode(200);
        String eventId = UUID.randomUUID().toString();
        String value = concluded(eventId, id, "KL-15/KL-UBKT");
        Events.send(INSPECTIONS, "team-1", value);
        Events.send(INSPECTIONS, "team-1", value); // redelivery
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> handler(UNIT).get("/api/v1/petitions/" + id)
                .then().body("corruption.conclusionReference", is("KL-15/KL-UBKT"))
                .body("corruption.concludedDate", is("2023-09-15")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            try (var c = db.getConnection();
                 var q = c.prepareStatement("select count(*) from audit_log where entity_id = ?"
                         + " and action = 'petition.conclusion-recorded'")) {
                q.setString(1, id);
                var rs = q.executeQuery();
                rs.next();
                assertEquals(1, rs.getInt(1), "processed once");
            }
        });
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() {
        String marker = "not-json-" + UUID.randomUUID();
        Events.sendUnchecked(INSPECTIONS, marker, "{" + marker);
        List<JsonNode> ignored = List.of();
        List<String> found = vn.minhbach.testing.Topics.readValues(INSPECTIONS + ".dlq.petitions",
                values -> values.stream().anyMatch(v -> v != null && v.contains(marker)), Duration.ofSeconds(20))
                .stream().filter(v -> v != null && v.contains(marker)).toList();
        assertEquals(1, found.size(), "the malformed event is dead-lettered " + ignored);
    }

    @Test
    void aConclusionOfAPetitionWithADateOfTheWrongShapeGoesToTheDeadLetterTopic() {
        String marker = "KL-" + UUID.randomUUID();
        String value = concluded(UUID.randomUUID().toString(), UUID.randomUUID().toString(), marker)
                .replace("\"concludedDate\":\"2023-09-15\"", "\"concludedDate\":\"15/09/2023\"");
        Events.sendUnchecked(INSPECTIONS, "team-bad-date", value); // not what inspections publishes
        List<String> found = vn.minhbach.testing.Topics.readValues(INSPECTIONS + ".dlq.petitions",
                values -> values.stream().anyMatch(v -> v != null && v.contains(marker)), Duration.ofSeconds(20))
                .stream().filter(v -> v != null && v.contains(marker)).toList();
        assertEquals(1, found.size(), "the malformed conclusion is dead-lettered");
    }
}
