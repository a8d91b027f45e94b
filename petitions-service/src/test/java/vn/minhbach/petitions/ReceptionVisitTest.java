package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Citizen reception visits: what is recorded, the event, links to petitions, scope. */
@QuarkusTest
class ReceptionVisitTest {

    static final String UNIT = "01.914";

    static Map<String, Object> visit(String outcome, int people) {
        var body = new HashMap<String, Object>();
        body.put("visitAt", "2023-08-08T08:15:00");
        body.put("place", "Phòng tiếp công dân UBND quận");
        body.put("kind", "PERIODIC_LEADER");
        body.put("receivingOfficial", "Trần Thu Hà");
        body.put("leaderPresent", "Phó Chủ tịch UBND quận");
        body.put("people", people);
        body.put("summary", "Phản ánh việc bồi thường giải phóng mặt bằng");
        body.put("outcome", outcome);
        return body;
    }

    @Test
    void aVisitThatReceivesAPetitionIsLinkedAndAnnounced() {
        String petition = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 8, 8));
        var body = visit("PETITION_RECEIVED", 7);
        body.put("petitionIds", List.of(petition));
        String id = reception(UNIT).body(body).post("/api/v1/reception-visits").then().statusCode(201)
                .body("groupVisit", is(true)).body("people", is(7)).body("kind", is("PERIODIC_LEADER"))
                .body("leaderPresent", is("Phó Chủ tịch UBND quận"))
                .body("unitPath", is(UNIT)).body("petitionIds", contains(petition)).extract().path("id");
        reception(UNIT).get("/api/v1/reception-visits/" + id).then().statusCode(200).body("outcome", is("PETITION_RECEIVED"));
        as("leader", UNIT, "leader").queryParam("from", "2023-08-01").queryParam("to", "2023-08-31")
                .get("/api/v1/reception-visits").then().statusCode(200).body("items.id", hasItem(id));
        JsonNode e = Events.first(Events.until(id, "reception-visit.recorded"), "reception-visit.recorded");
        JsonNode data = e.path("data");
        assertEquals(id, data.path("visitId").asText());
        assertEquals("2023-08-08", data.path("visitDate").asText());
        assertEquals(7, data.path("people").asInt());
        assertTrue(data.path("groupVisit").asBoolean());
        assertEquals("PETITION_RECEIVED", data.path("outcome").asText());
        assertEquals(petition, data.path("petitionIds").get(0).asText());
        assertEquals(UNIT, data.path("unitPath").asText());
    }

    @Test
    void visitRulesAreChecked() {
        reception(UNIT).body(visit("PETITION_RECEIVED", 1)).post("/api/v1/reception-visits").then().statusCode(422);
        var single = visit("GUIDANCE_GIVEN", 1);
        single.put("groupVisit", true);
        reception(UNIT).body(single).post("/api/v1/reception-visits").then().statusCode(422);
        var future = visit("OTHER", 1);
        future.put("visitAt", LocalDate.now().plusDays(3) + "T08:00:00");
        reception(UNIT).body(future).post("/api/v1/reception-visits").then().statusCode(400);
        var zero = visit("OTHER", 0);
        reception(UNIT).body(zero).post("/api/v1/reception-visits").then().statusCode(400);
        String foreign = newPetition("01.010", "COMPLAINT", LocalDate.of(2023, 8, 8));
        var linked = visit("PETITION_RECEIVED", 1);
        linked.put("petitionIds", List.of(foreign));
        reception(UNIT).body(linked).post("/api/v1/reception-visits").then().statusCode(404);
        reception(UNIT).body(visit("GUIDANCE_GIVEN", 2)).post("/api/v1/reception-visits").then().statusCode(201)
                .body("groupVisit", is(false));
    }

    @Test
    void visitsOfAnotherDistrictAreInvisible() {
        String id = reception(UNIT).body(visit("OTHER", 2)).post("/api/v1/reception-visits").then().statusCode(201)
                .extract().path("id");
        reception("01.011").get("/api/v1/reception-visits/" + id).then().statusCode(404);
        reception("01.011").get("/api/v1/reception-visits").then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
