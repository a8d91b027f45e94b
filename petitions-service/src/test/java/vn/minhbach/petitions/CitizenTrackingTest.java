package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A citizen account sees its own petitions (history, due dates, outcome), and nobody else's. */
@QuarkusTest
class CitizenTrackingTest {

    static final String UNIT = "01.909";

    String submitAs(String citizen) {
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 1, 1), "Quyết định xử phạt 55/QĐ-XPVPHC",
                "Khiếu nại quyết định xử phạt");
        body.put("channel", "MOBILE_APP");
        return as(citizen, null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.channel", is("MOBILE_APP")).extract().path("petition.id");
    }

    @Test
    void citizenFollowsTheirPetitionThroughItsHistory() {
        String id = submitAs("citizen-an");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        as("citizen-an", null, "citizen").get("/api/v1/petitions/mine").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.status", is("RECEIVED"))
                .body("items.find { it.id == '" + id + "' }.acceptanceDueDate", notNullValue());
        move(UNIT, id, "ACCEPT", today);
        move(UNIT, id, "START_VERIFICATION", today);
        move(UNIT, id, "RESOLVE", today, "outcome", "RIGHT");
        as("citizen-an", null, "citizen").get("/api/v1/petitions/mine/" + id).then().statusCode(200)
                .body("status", is("RESOLVED")).body("outcome", is("RIGHT"))
                .body("resolutionDueDate", notNullValue())
                .body("history.to", contains("RECEIVED", "ACCEPTED", "UNDER_VERIFICATION", "RESOLVED"))
                .body("history[1].documentReference", startsWith("QĐ-ACCEPT"))
                .body("history[0]", not(hasKey("actor")));
    }

    @Test
    void citizenSeesNobodyElsesPetition() {
        String id = submitAs("citizen-binh");
        as("citizen-chi", null, "citizen").get("/api/v1/petitions/mine/" + id).then().statusCode(404);
        as("citizen-chi", null, "citizen").get("/api/v1/petitions/mine").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // An official's own intake is not "mine" for a citizen of the same name.
        String official = newPetition(UNIT, "COMPLAINT", LocalDate.of(2023, 1, 2));
        as("reception-" + UNIT, null, "citizen").get("/api/v1/petitions/mine/" + official).then().statusCode(404);
        as("citizen-binh", null, "citizen").get("/api/v1/petitions/" + id).then().statusCode(403);
        as("citizen-binh", null, "citizen").get("/api/v1/petitions").then().statusCode(403);
    }
}
