package vn.minhbach.inspections;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The petition → lead → team → conclusion → event-back path, driven by real CloudEvents on
 * {@code minhbach.petitions.v1}, with idempotency and the dead-letter topic.
 */
@QuarkusTest
class LeadsTest {

    static final String UNIT = "01.951";
    static final String DLQ = "minhbach.petitions.v1.dlq.inspections-leads";
    String inspector = Api.inspector(UNIT);

    /** Waits up to 20 s for the consumer to have turned petition {@code petitionId} into leads. */
    private List<Map<String, Object>> leadsOf(String petitionId, int expected) {
        long deadline = System.currentTimeMillis() + 20_000;
        List<Map<String, Object>> found = List.of();
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> items = Api.as(inspector).queryParam("size", 200).get("/api/v1/leads").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            found = items.stream().filter(i -> petitionId.equals(i.get("petitionId"))).toList();
            if (found.size() >= expected) {
                return found;
            }
            sleep(300);
        }
        return found;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void petitionFlaggedBecomesLeadThenTeamAndTheConclusionCarriesThePetitionBack() {
        String petitionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Events.send(Events.PETITIONS, petitionId, Events.flagged(eventId, petitionId, UNIT + ".00611"));
        Events.send(Events.PETITIONS, petitionId, Events.flagged(eventId, petitionId, UNIT + ".00611")); // redelivery
        List<Map<String, Object>> leads = leadsOf(petitionId, 1);
        assertEquals(1, leads.size());
        sleep(1500);
        assertEquals(1, leadsOf(petitionId, 2).size(), "the redelivered event has no second effect");
        String leadId = (String) leads.get(0).get("id");
        Api.as(inspector).get("/api/v1/leads/" + leadId).then().statusCode(200).body("status", is("NEW"))
                .body("summary", is("Dấu hiệu cấp phép xây dựng sai quy định"))
                .body("domains", is("LAND_MANAGEMENT,CONSTRUCTION_ORDER"));

        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, UNIT);
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, UNIT + ".00611");
        String member = Api.member(inspector, Api.code("M"), "Vũ Văn Cấp", cell, "STANDING_COMMITTEE_MANAGED");
        String staffOrg = Api.organisation(inspector, Api.code("U"), "OTHER_COMMITTEE", district, null);
        String staff = Api.member(inspector, Api.code("S"), "Đỗ Thị Soát", staffOrg, "OTHER");
        Map<String, Object> team = new HashMap<>(Map.of("kind", "INSPECTION", "initiatingLevel", "INSPECTION_COMMISSION",
                "decisionNumber", "45-QĐ/UBKT", "decisionDate", "2022-05-10", "leaderMemberId", staff,
                "domains", List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                "targets", List.of(Api.orgTarget(cell), Api.memberTarget(member))));
        Api.as(inspector).body(Map.of("reason", "x")).post("/api/v1/leads/" + UUID.randomUUID() + "/dismissal").then()
                .statusCode(404);
        String teamId = Api.as(inspector).body(team).post("/api/v1/leads/" + leadId + "/team").then().statusCode(201)
                .body("basis", is("SIGNS_OF_VIOLATION")).body("leadId", is(leadId)).body("petitionId", is(petitionId))
                .body("status", is("DECIDED")).extract().path("id");
        Api.as(inspector).get("/api/v1/leads/" + leadId).then().body("status", is("OPENED")).body("teamId", is(teamId));
        Api.as(inspector).body(team).post("/api/v1/leads/" + leadId + "/team").then().statusCode(409);
        Api.as(inspector).body(Map.of("reason", "Đã mở đoàn")).post("/api/v1/leads/" + leadId + "/dismissal").then()
                .statusCode(409);

        Api.startAndConclude(inspector, teamId, "2022-05-12", "2022-07-01", List.of(), false, null);

        var decided = Events.await(Events.TOPIC, Events.of("team.decided", teamId), 1, 10);
        assertEquals(1, decided.size());
        assertEquals(petitionId, decided.get(0).path("data").path("petitionId").asText());
        assertEquals("SIGNS_OF_VIOLATION", decided.get(0).path("data").path("basis").asText());
        var concluded = Events.await(Events.TOPIC, Events.of("team.concluded", teamId), 1, 10);
        assertEquals(1, concluded.size(), "team.concluded published");
        assertEquals(petitionId, concluded.get(0).path("data").path("petitionId").asText());
        assertEquals("2022-07-01", concluded.get(0).path("data").path("concludedDate").asText());
        assertEquals("/minhbach/inspections-service", concluded.get(0).path("source").asText());
        var opened = Events.await(Events.TOPIC, Events.of("lead.opened", leadId), 1, 10);
        assertEquals(1, opened.size());
        assertEquals(petitionId, opened.get(0).path("data").path("petitionId").asText());
    }

    @Test
    void leadCanBeDismissedWithAReason() {
        String petitionId = UUID.randomUUID().toString();
        Events.send(Events.PETITIONS, petitionId, Events.flagged(UUID.randomUUID().toString(), petitionId, UNIT));
        String leadId = (String) leadsOf(petitionId, 1).get(0).get("id");
        Api.as(inspector).body(Map.of("reason", "")).post("/api/v1/leads/" + leadId + "/dismissal").then()
                .statusCode(400);
        Api.as(inspector).body(Map.of("reason", "Nội dung đã được giải quyết theo thẩm quyền"))
                .post("/api/v1/leads/" + leadId + "/dismissal").then().statusCode(200).body("status", is("DISMISSED"));
        Api.as(inspector).queryParam("status", "NEW").queryParam("size", 200).get("/api/v1/leads").then()
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(leadId)));
        var dismissed = Events.await(Events.TOPIC, Events.of("lead.dismissed", leadId), 1, 10);
        assertEquals(1, dismissed.size());
        assertEquals("Nội dung đã được giải quyết theo thẩm quyền",
                dismissed.get(0).path("data").path("reason").asText());
        // another district cannot see it
        Api.as(Api.inspector("01.952")).get("/api/v1/leads/" + leadId).then().statusCode(404);
    }

    @Test
    void otherPetitionEventsAreIgnoredAndUnreadableOnesGoToTheDeadLetterTopic() {
        String petitionId = UUID.randomUUID().toString();
        String other = Events.flagged(UUID.randomUUID().toString(), petitionId, UNIT)
                .replace("petition.corruption-signs-flagged", "petition.received");
        Events.sendUnchecked(Events.PETITIONS, petitionId, other); // not a publishable petition.received
        String garbage = "not a cloud event " + UUID.randomUUID();
        Events.sendUnchecked(Events.PETITIONS, "x", garbage);
        String noPetition = Events.flagged(UUID.randomUUID().toString(), petitionId, UNIT)
                .replace("\"petitionId\":\"" + petitionId + "\",", "");
        Events.sendUnchecked(Events.PETITIONS, petitionId, noPetition); // deliberately without petitionId
        List<com.fasterxml.jackson.databind.JsonNode> dead = new java.util.ArrayList<>();
        // the garbage value is not JSON: read the raw topic
        List<String> values = vn.minhbach.testing.Topics.readValues(DLQ,
                v -> v.contains(garbage) && v.contains(noPetition), java.time.Duration.ofSeconds(20));
        boolean garbageSeen = values.contains(garbage);
        boolean noPetitionSeen = values.contains(noPetition);
        assertEquals(true, garbageSeen, "malformed value on " + DLQ);
        assertEquals(true, noPetitionSeen, "flagged event without petitionId on " + DLQ);
        assertFalse(!leadsOf(petitionId, 1).isEmpty(), "no lead from a non-flagged or broken event");
        JsonPath health = Api.as(inspector).get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"));
        assertEquals(0, dead.size());
    }
}
