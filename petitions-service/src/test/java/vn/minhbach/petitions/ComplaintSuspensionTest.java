package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Luật 136/2025/QH15 (in force 1 Jul 2026), the new article of the Law on Complaints on temporary
 * suspension (reported as Đ.11a): the time a complaint's resolution is suspended is not counted in its
 * resolution period. SUSPEND stops the clock, RESUME moves the due date by the suspended days counted
 * in the unit of the complaint limit (working days).
 */
@QuarkusTest
class ComplaintSuspensionTest {

    static final String UNIT = "01.916";

    private static String path(String id) {
        return "/api/v1/petitions/" + id;
    }

    private static String acceptedComplaint(LocalDate received, LocalDate accepted) {
        String id = newPetition(UNIT, "COMPLAINT", received);
        move(UNIT, id, "ACCEPT", accepted);
        return id;
    }

    @Test
    void suspendThenResumeMovesTheDueDateByTheWorkingDaysSuspended() {
        // accepted Fri 3 Jul 2026: 30 working days -> Fri 14 Aug 2026
        String id = acceptedComplaint(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 3));
        handler(UNIT).get(path(id)).then().statusCode(200).body("resolutionDueDate", is("2026-08-14"));
        // suspended Mon 20 Jul, resumed Mon 27 Jul: 7 days, of them 5 working days (21–24, 27)
        handler(UNIT).body(step("SUSPEND", LocalDate.of(2026, 7, 20), "note", "Chờ kết quả giám định"))
                .post(path(id) + "/transitions").then().statusCode(200)
                .body("status", is("SUSPENDED")).body("nextDueDate", nullValue());
        // while suspended: not overdue, not due soon, even after its old due date
        handler(UNIT).queryParam("asOf", "2026-08-20").get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        handler(UNIT).body(step("RESUME", LocalDate.of(2026, 7, 27), "note", "Đã có kết quả giám định"))
                .post(path(id) + "/transitions").then().statusCode(200)
                .body("status", is("ACCEPTED"))
                .body("resolutionDueDate", is("2026-08-21")).body("nextDueDate", is("2026-08-21"));
        // the same as the limit counted 30 + 5 working days from the acceptance
        handler(UNIT).queryParam("start", "2026-07-03").queryParam("days", 35).queryParam("countUnit", "WORKING_DAYS")
                .get("/api/v1/calendar/due-date").then().statusCode(200).body("dueDate", is("2026-08-21"));
        handler(UNIT).get(path(id)).then().statusCode(200)
                .body("history.action", hasItems("ACCEPT", "SUSPEND", "RESUME", "DEADLINE_CHANGED"))
                .body("history.find { it.action == 'SUSPEND' }.to", is("SUSPENDED"))
                .body("history.find { it.action == 'SUSPEND' }.note", is("Chờ kết quả giám định"))
                .body("history.find { it.action == 'RESUME' }.from", is("SUSPENDED"))
                .body("history.find { it.action == 'RESUME' }.to", is("ACCEPTED"))
                .body("history[-1].action", is("DEADLINE_CHANGED"))
                .body("history[-1].note", containsString("2026-08-14 -> 2026-08-21"))
                .body("history[-1].note", containsString("136/2025/QH15"));
        handler(UNIT).queryParam("asOf", "2026-08-18").get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        handler(UNIT).queryParam("asOf", "2026-08-24").get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", hasItem(id));

        List<JsonNode> events = Events.until(id, "petition.deadline-changed");
        List<String> moves = events.stream().filter(e -> "petition.status-changed".equals(e.path("type").asText()))
                .map(e -> e.path("data").path("from").asText() + "->" + e.path("data").path("to").asText()).toList();
        assertTrue(moves.contains("ACCEPTED->SUSPENDED"), moves.toString());
        assertTrue(moves.contains("SUSPENDED->ACCEPTED"), moves.toString());
        JsonNode changed = Events.first(events, "petition.deadline-changed").path("data");
        assertEquals("RESOLUTION", changed.path("deadline").asText());
        assertEquals("2026-08-14", changed.path("previousDueDate").asText());
        assertEquals("2026-08-21", changed.path("dueDate").asText());
    }

    @Test
    void aSuspendedComplaintIsNeitherOverdueNorDueSoonAfterItsOriginalDueDate() {
        String id = acceptedComplaint(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 3)); // due 14 Aug 2026
        move(UNIT, id, "START_VERIFICATION", LocalDate.of(2026, 7, 6));
        move(UNIT, id, "SUSPEND", LocalDate.of(2026, 8, 3), "note", "Chờ cơ quan có thẩm quyền trả lời");
        handler(UNIT).queryParam("asOf", "2026-08-20").get("/api/v1/petitions/overdue").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        handler(UNIT).queryParam("asOf", "2026-08-12").queryParam("days", 5).get("/api/v1/petitions/due-soon").then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        handler(UNIT).get(path(id)).then().statusCode(200).body("status", is("SUSPENDED"))
                .body("resolutionDueDate", is("2026-08-14")).body("nextDueDate", nullValue());
        // resumed into the status it left (under verification)
        move(UNIT, id, "RESUME", LocalDate.of(2026, 8, 3), "note", "Tiếp tục ngay");
        handler(UNIT).get(path(id)).then().statusCode(200).body("status", is("UNDER_VERIFICATION"))
                .body("resolutionDueDate", is("2026-08-14"));
    }

    @Test
    void aSuspensionBeforeTheLawIsInForceIsRefusedNamingItsBasis() {
        String id = acceptedComplaint(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 1));
        handler(UNIT).body(step("SUSPEND", LocalDate.of(2026, 6, 30), "note", "Chờ kết quả giám định"))
                .post(path(id) + "/transitions").then().statusCode(422)
                .body("detail", containsString("136/2025/QH15")).body("detail", containsString("2026-07-01"));
        handler(UNIT).get(path(id)).then().statusCode(200).body("status", is("ACCEPTED"))
                .body("history.action", not(hasItem("SUSPEND")));
        // from the day it is in force it is allowed
        move(UNIT, id, "SUSPEND", LocalDate.of(2026, 7, 1), "note", "Chờ kết quả giám định");
    }

    @Test
    void resumeWithoutSuspensionAndSuspensionOfAnotherKindOrWithoutReasonAreProblems() {
        String id = acceptedComplaint(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 3));
        handler(UNIT).body(step("RESUME", LocalDate.of(2026, 7, 10), "note", "Không có gì để tiếp tục"))
                .post(path(id) + "/transitions").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("status", is(409));
        handler(UNIT).body(step("SUSPEND", LocalDate.of(2026, 7, 10)))
                .post(path(id) + "/transitions").then().statusCode(422)
                .contentType(containsString("application/problem+json"));
        String denunciation = newPetition(UNIT, "DENUNCIATION", LocalDate.of(2026, 7, 1));
        move(UNIT, denunciation, "ACCEPT", LocalDate.of(2026, 7, 3));
        handler(UNIT).body(step("SUSPEND", LocalDate.of(2026, 7, 10), "note", "Chờ kết quả giám định"))
                .post(path(denunciation) + "/transitions").then().statusCode(409);
        // only a handler moves a petition
        reception(UNIT).body(step("SUSPEND", LocalDate.of(2026, 7, 10), "note", "Chờ kết quả giám định"))
                .post(path(id) + "/transitions").then().statusCode(403);
    }
}
