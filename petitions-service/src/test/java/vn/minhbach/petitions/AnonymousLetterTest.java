package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, point 6: an anonymous letter received by post is recorded by an official with the date it
 * arrived, as a denunciation without a petitioner (information to be processed), shown by the day only.
 */
@QuarkusTest
class AnonymousLetterTest {

    static final String UNIT = "01.934";
    static final LocalDate ARRIVED = LocalDate.of(2023, 3, 6);

    static Map<String, Object> letter() {
        Map<String, Object> body = intake(UNIT, "DENUNCIATION", ARRIVED, "Cán bộ địa chính xã thu tiền trái phép",
                "Thư không ký tên gửi qua bưu điện " + System.nanoTime());
        body.remove("petitioners");
        body.remove("channel");
        body.put("anonymous", true);
        return body;
    }

    @Test
    void anOfficialRecordsAnAnonymousLetterWithTheDayItArrived() {
        String id = reception(UNIT).body(letter()).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.anonymous", is(true))
                .body("petition.kind", is("DENUNCIATION"))
                .body("petition.channel", is("POST"))
                .body("petition.receivedDate", is(ARRIVED.toString()))
                .body("petition.petitionerCount", is(0))
                .body("$", not(hasKey("receiptCode")))
                .extract().path("petition.id");
        String recordedToday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("anonymous", is(true))
                .body("receivedDate", is(ARRIVED.toString()))
                .body("history", hasSize(1))
                .body("history[0].effectiveDate", is(ARRIVED.toString()))
                .body("history.findAll { it.containsKey('recordedAt') }", empty())
                .body("history[0].recordedOn", is(recordedToday));
        JsonNode received = Events.first(Events.until(id, "petition.received"), "petition.received");
        assertTrue(received.path("data").path("anonymous").asBoolean());
        assertEquals(ARRIVED.toString(), received.path("data").path("receivedDate").asText());
        // processed like any denunciation: the handler can accept it
        move(UNIT, id, "ACCEPT", ARRIVED.plusDays(5));
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200).body("status", is("ACCEPTED"));
    }

    @Test
    void anAnonymousLetterIsADenunciationWithoutPetitionerRecordedByAnOfficial() {
        var complaint = letter();
        complaint.put("kind", "COMPLAINT");
        reception(UNIT).body(complaint).post("/api/v1/petitions").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("petition.anonymous.denunciation-only"));
        var named = letter();
        named.put("petitioners", java.util.List.of(petitioner("Nguyễn Văn An", "001080012345", true)));
        reception(UNIT).body(named).post("/api/v1/petitions").then().statusCode(422)
                .body("type", endsWith("petition.anonymous.petitioners"));
        var byCitizen = letter();
        byCitizen.put("channel", "MOBILE_APP");
        as("citizen-anon", null, "citizen").body(byCitizen).post("/api/v1/petitions").then().statusCode(422)
                .body("type", endsWith("petition.anonymous.officials-only"));
        // without the flag, a petitioner is still required
        var unflagged = letter();
        unflagged.remove("anonymous");
        reception(UNIT).body(unflagged).post("/api/v1/petitions").then().statusCode(422)
                .body("type", endsWith("petition.petitioners.required"));
        var future = letter();
        future.put("receivedDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString());
        reception(UNIT).body(future).post("/api/v1/petitions").then().statusCode(400);
    }
}
