package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, point 3: the petitioner withdraws, adds information and appeals a first-instance complaint
 * decision, from the account or (withdrawal, information) with the receipt code; each a history step
 * with its event.
 */
@QuarkusTest
class CitizenActionsTest {

    static final String UNIT = "01.937";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aCitizenWithdrawsTheirOwnPetitionAndNobodyElseCan() {
        String id = citizenPetition("citizen-act-a", UNIT, "COMPLAINT", TODAY);
        as("citizen-act-b", null, "citizen").body(Map.of()).post("/api/v1/petitions/mine/" + id + "/withdrawals")
                .then().statusCode(404);
        as("citizen-act-a", null, "citizen").body(Map.of("reason", "Đã được giải quyết ở cơ sở"))
                .post("/api/v1/petitions/mine/" + id + "/withdrawals").then().statusCode(200)
                .body("status", is("WITHDRAWN"))
                .body("history[-1].action", is("WITHDRAW"))
                .body("history[-1].label", is("Đã rút đơn"));
        JsonNode changed = Events.first(Events.until(id, "petition.status-changed"), "petition.status-changed");
        assertEquals("WITHDRAWN", changed.path("data").path("to").asText());
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("history[-1].actor", is("petitioner"))
                .body("history.actor", not(hasItem("citizen-act-a")));
        // once withdrawn, again is a conflict of the state machine
        as("citizen-act-a", null, "citizen").body(Map.of()).post("/api/v1/petitions/mine/" + id + "/withdrawals")
                .then().statusCode(409).contentType(containsString("application/problem+json"));
        handler(UNIT).post("/api/v1/petitions/mine/" + id + "/withdrawals").then().statusCode(403);
    }

    @Test
    void aCitizenAddsInformationAsAStepWithItsEvent() {
        String id = citizenPetition("citizen-act-c", UNIT, "DENUNCIATION", TODAY);
        as("citizen-act-c", null, "citizen").body(Map.of("content", "Bổ sung: ảnh chụp biên bản ngày 3/4"))
                .post("/api/v1/petitions/mine/" + id + "/additions").then().statusCode(200)
                .body("status", is("RECEIVED"))
                .body("history.action", contains("RECEIVE", "ADD_INFORMATION"))
                .body("history[1].label", is("Bổ sung thông tin"));
        JsonNode added = Events.first(Events.until(id, "petition.information-added"), "petition.information-added");
        assertEquals(false, added.path("data").path("settled").booleanValue(), "RECEIVED is not settled");
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("additions", hasItem("Bổ sung: ảnh chụp biên bản ngày 3/4"));
        as("citizen-act-c", null, "citizen").body(Map.of("content", " "))
                .post("/api/v1/petitions/mine/" + id + "/additions").then().statusCode(400);
    }

    @Test
    void aComplainantAppealsTheFirstInstanceDecisionOnly() {
        String id = citizenPetition("citizen-act-d", UNIT, "COMPLAINT", TODAY);
        var appeal = Map.of("documentReference", "QĐ-RESOLVE", "reason", "Không đồng ý với quyết định lần đầu");
        as("citizen-act-d", null, "citizen").body(appeal).post("/api/v1/petitions/mine/" + id + "/appeals")
                .then().statusCode(409);
        move(UNIT, id, "ACCEPT", TODAY);
        move(UNIT, id, "START_VERIFICATION", TODAY);
        move(UNIT, id, "RESOLVE", TODAY, "outcome", "WRONG");
        as("citizen-act-d", null, "citizen").body(appeal).post("/api/v1/petitions/mine/" + id + "/appeals")
                .then().statusCode(200)
                .body("status", is("APPEALED"))
                .body("instance", is(2))
                .body("runningClock", is("ACCEPTANCE"))
                .body("dueDate", notNullValue())
                .body("history[-1].label", is("Khiếu nại lần hai"));
        // a denunciation has no second instance
        String denunciation = citizenPetition("citizen-act-d", UNIT, "DENUNCIATION", TODAY);
        move(UNIT, denunciation, "ACCEPT", TODAY);
        move(UNIT, denunciation, "START_VERIFICATION", TODAY);
        move(UNIT, denunciation, "RESOLVE", TODAY, "outcome", "RIGHT");
        as("citizen-act-d", null, "citizen").body(appeal).post("/api/v1/petitions/mine/" + denunciation + "/appeals")
                .then().statusCode(409).contentType(containsString("application/problem+json"));
    }

    @Test
    void anAnonymousDenouncerWithdrawsWithTheReceiptCode() {
        String code = given().contentType(ContentType.JSON).body(Map.of("unitPath", UNIT,
                        "subject", Map.of("kind", "PERSON", "description", "Cán bộ thu tiền " + System.nanoTime()),
                        "domains", List.of("OTHER"), "content", "Nội dung tố cáo " + System.nanoTime()))
                .post("/api/v1/public/petitions").then().statusCode(201).extract().path("receiptCode");
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code, "content", "Thêm chi tiết"))
                .post("/api/v1/public/petitions/additions").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/withdrawals").then().statusCode(200)
                .body("status", is("WITHDRAWN"))
                .body("history.action", contains("RECEIVE", "ADD_INFORMATION", "WITHDRAW"));
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", "ABCDEFGHJKMNPQRSTUVWXYZ2"))
                .post("/api/v1/public/petitions/withdrawals").then().statusCode(404);
    }
}
