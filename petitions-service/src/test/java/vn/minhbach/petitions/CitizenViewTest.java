package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, point 2: what a citizen sees — each step labelled and explained in Vietnamese or English,
 * the legal ground of a refusal, the agency of a transfer, the outcome, the running clock's due date;
 * never the official's own note or name.
 */
@QuarkusTest
class CitizenViewTest {

    static final String UNIT = "01.936";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void eachStepHasACitizenLabelAndNoteInTheCallersLanguageNotTheOfficialsNote() {
        String id = citizenPetition("citizen-view-a", UNIT, "COMPLAINT", TODAY);
        move(UNIT, id, "ACCEPT", TODAY, "note", "Nội bộ: cán bộ Trần Văn Minh xử lý");
        as("citizen-view-a", null, "citizen").get("/api/v1/petitions/mine/" + id).then().statusCode(200)
                .body("statusLabel", is("Đã thụ lý"))
                .body("history.label", contains("Đã tiếp nhận đơn", "Đã thụ lý đơn"))
                .body("history[1].action", is("ACCEPT"))
                .body("history[1].note", startsWith("Đơn được thụ lý"))
                .body("runningClock", is("RESOLUTION"))
                .body("dueDate", notNullValue())
                .body(not(containsString("Trần Văn Minh")))
                .body(not(containsString("Nội bộ")));
        var seen = as("citizen-view-a", null, "citizen").get("/api/v1/petitions/mine/" + id).then().extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(seen.getString("resolutionDueDate"), seen.getString("dueDate"),
                "the running clock is the resolution clock once accepted");
        as("citizen-view-a", null, "citizen").header("Accept-Language", "en")
                .get("/api/v1/petitions/mine/" + id).then().statusCode(200)
                .body("statusLabel", is("Accepted"))
                .body("history.label", contains("Petition received", "Petition accepted"));
        move(UNIT, id, "START_VERIFICATION", TODAY);
        move(UNIT, id, "RESOLVE", TODAY, "outcome", "PARTLY_RIGHT");
        as("citizen-view-a", null, "citizen").get("/api/v1/petitions/mine").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.outcomeSummary", is("nội dung đơn đúng một phần"))
                .body("items.find { it.id == '" + id + "' }.history[3].note", is("Kết quả giải quyết: nội dung đơn đúng một phần."));
    }

    @Test
    void aRefusalShowsItsLegalGroundAndATransferItsAgency() {
        String refused = citizenPetition("citizen-view-b", UNIT, "DENUNCIATION", TODAY);
        move(UNIT, refused, "NOT_ACCEPT", TODAY, "legalGround", "NOT_SPECIFIC_ENOUGH", "note", "ghi chú nội bộ");
        as("citizen-view-b", null, "citizen").header("Accept-Language", "en-GB,en;q=0.9")
                .get("/api/v1/petitions/mine/" + refused).then().statusCode(200)
                .body("history[1].legalGround", is("NOT_SPECIFIC_ENOUGH"))
                .body("history[1].legalGroundLabel", is("The content is not specific enough to verify"))
                .body("$", not(hasKey("dueDate")))
                .body(not(containsString("ghi chú nội bộ")));
        String moved = citizenPetition("citizen-view-b", UNIT, "COMPLAINT", TODAY);
        move(UNIT, moved, "TRANSFER", TODAY, "toAgency", "UBND quận Cầu Giấy", "note", "gửi kèm công văn 12");
        as("citizen-view-b", null, "citizen").get("/api/v1/petitions/mine/" + moved).then().statusCode(200)
                .body("transferredTo", is("UBND quận Cầu Giấy"))
                .body("history[1].toAgency", is("UBND quận Cầu Giấy"))
                .body("history[1].note", is("Đơn được chuyển đến cơ quan có thẩm quyền: UBND quận Cầu Giấy."))
                .body(not(containsString("công văn 12")));
    }

    @Test
    void theReceiptCodeStatusShowsTheSameCitizenTexts() {
        String code = given().contentType(ContentType.JSON).body(Map.of("unitPath", UNIT,
                        "subject", Map.of("kind", "PERSON", "description", "Cán bộ thu tiền " + System.nanoTime()),
                        "domains", List.of("OTHER"), "content", "Nội dung tố cáo " + System.nanoTime()))
                .post("/api/v1/public/petitions").then().statusCode(201).extract().path("receiptCode");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(200)
                .body("statusLabel", is("Received"))
                .body("history[0].label", is("Petition received"))
                .body("runningClock", is("ACCEPTANCE"))
                .body("dueDate", notNullValue());
    }
}
