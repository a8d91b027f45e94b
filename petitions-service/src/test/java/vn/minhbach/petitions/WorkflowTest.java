package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machine: every allowed path, refusals as 409/422, and the transition events. */
@QuarkusTest
class WorkflowTest {

    static final String UNIT = "01.902";
    static final LocalDate D = LocalDate.of(2023, 4, 3);

    String path(String id) {
        return "/api/v1/petitions/" + id + "/transitions";
    }

    @Test
    void complaintRunsFromAcceptanceToClosureWithEventsForEveryStep() {
        String id = newPetition(UNIT, "COMPLAINT", D);
        handler(UNIT).body(step("ACCEPT", D.plusDays(2))).post(path(id)).then().statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("acceptedDate", is("2023-04-05"))
                .body("resolutionDueDate", notNullValue())
                .body("nextDeadline", is("RESOLUTION"));
        move(UNIT, id, "START_VERIFICATION", D.plusDays(3));
        handler(UNIT).body(step("RESOLVE", D.plusDays(10), "outcome", "PARTLY_RIGHT")).post(path(id)).then()
                .statusCode(200).body("status", is("RESOLVED")).body("outcome", is("PARTLY_RIGHT"))
                .body("onTime", is(true)).body("nextDueDate", nullValue());
        handler(UNIT).body(step("CLOSE", D.plusDays(11))).post(path(id)).then().statusCode(200)
                .body("status", is("CLOSED"))
                .body("history.action", contains("RECEIVE", "ACCEPT", "START_VERIFICATION", "RESOLVE", "CLOSE"))
                .body("history[1].actor", is("handler-" + UNIT))
                .body("history[1].documentReference", is("QĐ-ACCEPT-2023-04-05"));

        List<JsonNode> events = Events.forKey(Events.TOPIC, id, evs -> evs.size() >= 5);
        assertEquals(List.of("petition.received", "petition.accepted", "petition.status-changed",
                "petition.resolved", "petition.status-changed"), events.stream().map(e -> e.path("type").asText()).toList());
        JsonNode accepted = events.get(1).path("data");
        assertEquals("RECEIVED", accepted.path("from").asText());
        assertEquals("ACCEPTED", accepted.path("to").asText());
        assertEquals("2023-04-05", accepted.path("effectiveDate").asText());
        assertEquals("2023-04-17", accepted.path("acceptanceDueDate").asText());
        assertEquals(UNIT, accepted.path("unitPath").asText());
        JsonNode resolved = events.get(3).path("data");
        assertEquals("PARTLY_RIGHT", resolved.path("outcome").asText());
        assertEquals(true, resolved.path("onTime").asBoolean());
        assertEquals("UNDER_VERIFICATION", resolved.path("from").asText());
        JsonNode closed = events.get(4).path("data");
        assertEquals("RESOLVED", closed.path("from").asText());
        assertEquals("CLOSED", closed.path("to").asText());
        assertEquals("2023-04-14", closed.path("effectiveDate").asText());
        // every transition carries petitions' own "settled" fact (PetitionStatus.settled()) for both ends
        assertEquals(List.of(false, false, true, true), events.subList(1, 5).stream()
                .map(e -> e.path("data").path("settled").asBoolean(false)).toList());
        assertEquals(List.of(false, false, false, true), events.subList(1, 5).stream()
                .map(e -> e.path("data").path("fromSettled").asBoolean(false)).toList());
        for (JsonNode e : events.subList(1, 5)) {
            assertEquals(PetitionStatus.valueOf(e.path("data").path("to").asText()).settled(),
                    e.path("data").path("settled").booleanValue());
            assertTrue(e.path("data").path("fromSettled").isBoolean(), "fromSettled present");
        }
    }

    @Test
    void invalidTransitionIsA409Problem() {
        String id = newPetition(UNIT, "COMPLAINT", D);
        handler(UNIT).body(step("RESOLVE", D, "outcome", "RIGHT")).post(path(id)).then().statusCode(409)
                .contentType(containsString("problem+json"));
        handler(UNIT).body(step("CLOSE", D)).post(path(id)).then().statusCode(409);
        move(UNIT, id, "GUIDE", D);
        handler(UNIT).body(step("ACCEPT", D)).post(path(id)).then().statusCode(409);
    }

    @Test
    void notAcceptedNeedsALegalGroundFromTheList() {
        String id = newPetition(UNIT, "COMPLAINT", D);
        handler(UNIT).body(step("NOT_ACCEPT", D)).post(path(id)).then().statusCode(422);
        handler(UNIT).body(step("NOT_ACCEPT", D, "legalGround", "MADE_UP")).post(path(id)).then().statusCode(400);
        handler(UNIT).body(step("NOT_ACCEPT", D, "legalGround", "TIME_LIMIT_EXPIRED")).post(path(id)).then()
                .statusCode(200).body("status", is("NOT_ACCEPTED"))
                .body("history[1].note", containsString("TIME_LIMIT_EXPIRED"));
        JsonNode e = Events.first(Events.until(id, "petition.status-changed"), "petition.status-changed");
        assertEquals("NOT_ACCEPTED", e.path("data").path("to").asText());
        assertTrue(e.path("data").path("settled").booleanValue(), "NOT_ACCEPTED is settled, the event says so");
        assertFalse(e.path("data").path("fromSettled").booleanValue());
    }

    @Test
    void transferKeepsThePetitionCountedAndAnnouncesTheAgency() {
        String id = newPetition(UNIT, "CRIME_REPORT", D);
        handler(UNIT).body(step("TRANSFER", D)).post(path(id)).then().statusCode(422);
        handler(UNIT).body(step("TRANSFER", D.plusDays(1), "toAgency", "Cơ quan CSĐT Công an quận"))
                .post(path(id)).then().statusCode(200).body("status", is("TRANSFERRED"));
        handler(UNIT).queryParam("status", "TRANSFERRED").get("/api/v1/petitions").then().statusCode(200)
                .body("items.id", hasItem(id));
        JsonNode data = Events.first(Events.until(id, "petition.transferred"), "petition.transferred").path("data");
        assertEquals("Cơ quan CSĐT Công an quận", data.path("toAgency").asText());
        assertEquals("TRANSFERRED", data.path("to").asText());
        assertEquals("2023-04-04", data.path("effectiveDate").asText());
        assertTrue(data.path("settled").booleanValue(), "a transferred petition is settled for this unit");
    }

    @Test
    void guidanceFilingAndWithdrawal() {
        String guided = newPetition(UNIT, "COMPLAINT", D);
        move(UNIT, guided, "GUIDE", D);
        String filed = newPetition(UNIT, "FEEDBACK", D);
        handler(UNIT).body(step("FILE", D)).post(path(filed)).then().statusCode(422);
        move(UNIT, filed, "FILE", D, "fileReason", "NOT_PROCESSABLE");
        String withdrawn = newPetition(UNIT, "COMPLAINT", D);
        move(UNIT, withdrawn, "ACCEPT", D);
        move(UNIT, withdrawn, "WITHDRAW", D.plusDays(1));
        handler(UNIT).get("/api/v1/petitions/" + guided).then().body("status", is("GUIDED"));
        handler(UNIT).get("/api/v1/petitions/" + filed).then().body("status", is("FILED"));
        handler(UNIT).get("/api/v1/petitions/" + withdrawn).then().body("status", is("WITHDRAWN"))
                .body("nextDueDate", nullValue());
    }

    @Test
    void effectiveDateIsValidated() {
        String id = newPetition(UNIT, "COMPLAINT", D);
        handler(UNIT).body(step("ACCEPT", D.minusDays(1))).post(path(id)).then().statusCode(422);
        handler(UNIT).body(step("ACCEPT", LocalDate.now().plusDays(2))).post(path(id)).then().statusCode(400);
        move(UNIT, id, "ACCEPT", D.plusDays(5));
        handler(UNIT).body(step("START_VERIFICATION", D.plusDays(4))).post(path(id)).then().statusCode(422);
        var noRef = step("START_VERIFICATION", D.plusDays(6));
        noRef.remove("documentReference");
        handler(UNIT).body(noRef).post(path(id)).then().statusCode(400);
    }

    @Test
    void outcomeMustFitTheKind() {
        String rec = newPetition(UNIT, "RECOMMENDATION", D);
        move(UNIT, rec, "ACCEPT", D);
        move(UNIT, rec, "START_VERIFICATION", D);
        handler(UNIT).body(step("RESOLVE", D, "outcome", "RIGHT")).post(path(rec)).then().statusCode(422);
        handler(UNIT).body(step("RESOLVE", D, "outcome", "ANSWERED")).post(path(rec)).then().statusCode(200)
                .body("outcome", is("ANSWERED"));
    }

    @Test
    void appealOpensTheSecondInstanceWithANewClock() {
        String id = newPetition(UNIT, "COMPLAINT", D);
        move(UNIT, id, "ACCEPT", D);
        move(UNIT, id, "START_VERIFICATION", D);
        move(UNIT, id, "RESOLVE", D.plusDays(7), "outcome", "WRONG");
        handler(UNIT).body(step("APPEAL", D.plusDays(14))).post(path(id)).then().statusCode(200)
                .body("status", is("APPEALED")).body("instance", is(2))
                // second instance: first the acceptance clock from the receipt (Luật Khiếu nại 2011 Đ.36) ...
                .body("acceptanceDueDate", notNullValue()).body("resolutionDueDate", nullValue())
                .body("outcome", nullValue()).body("nextDeadline", is("ACCEPTANCE"));
        handler(UNIT).body(step("START_VERIFICATION", D.plusDays(15))).post(path(id)).then().statusCode(409);
        // ... then the resolution clock from the acceptance (Đ.37)
        handler(UNIT).body(step("ACCEPT", D.plusDays(15))).post(path(id)).then().statusCode(200)
                .body("status", is("ACCEPTED")).body("resolutionDueDate", notNullValue())
                .body("nextDeadline", is("RESOLUTION"));
        move(UNIT, id, "START_VERIFICATION", D.plusDays(15));
        move(UNIT, id, "RESOLVE", D.plusDays(20), "outcome", "RIGHT");
        handler(UNIT).body(step("APPEAL", D.plusDays(21))).post(path(id)).then().statusCode(409);
        String denunciation = newPetition(UNIT, "DENUNCIATION", D);
        move(UNIT, denunciation, "ACCEPT", D);
        move(UNIT, denunciation, "START_VERIFICATION", D);
        move(UNIT, denunciation, "RESOLVE", D, "outcome", "RIGHT");
        handler(UNIT).body(step("APPEAL", D)).post(path(denunciation)).then().statusCode(409);
    }

    @Test
    void otherDistrictCannotMoveAPetition() {
        String id = newPetition(UNIT, "COMPLAINT", D);
        handler("01.002").body(step("ACCEPT", D)).post(path(id)).then().statusCode(404);
    }
}
