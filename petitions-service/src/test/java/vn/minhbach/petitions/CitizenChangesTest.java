package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 20, point 4: a citizen's app polls the changes of its petitions after a cursor. */
@QuarkusTest
class CitizenChangesTest {

    static final String UNIT = "01.938";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    static JsonPath poll(String citizen, String after, int expected) throws InterruptedException {
        JsonPath page = null;
        for (int i = 0; i < 40; i++) {
            var req = as(citizen, null, "citizen");
            if (after != null) {
                req = req.queryParam("after", after);
            }
            page = req.get("/api/v1/petitions/mine/changes").then().statusCode(200).extract().jsonPath();
            if (page.getList("items").size() >= expected) {
                return page;
            }
            Thread.sleep(250);
        }
        return page;
    }

    @Test
    void anAppPollsTheStepsOfItsOwnPetitionsAfterACursor() throws Exception {
        var body = intake(UNIT, "COMPLAINT", TODAY, "Quyết định số " + System.nanoTime(), "Nội dung " + System.nanoTime());
        body.put("channel", "MOBILE_APP");
        String id = as("citizen-feed-a", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        JsonPath first = poll("citizen-feed-a", null, 1);
        assertEquals(List.of(id), first.getList("items.petitionId"));
        assertEquals("RECEIVE", first.getString("items[0].action"));
        String next = first.getString("next");
        assertEquals(next, first.getString("items[0].cursor"));
        // nothing new: empty, and the same cursor to keep
        as("citizen-feed-a", null, "citizen").queryParam("after", next).get("/api/v1/petitions/mine/changes")
                .then().statusCode(200).body("items", empty()).body("next", is(next));
        move(UNIT, id, "ACCEPT", TODAY);
        JsonPath second = poll("citizen-feed-a", next, 1);
        assertEquals(1, second.getList("items").size());
        assertEquals("ACCEPT", second.getString("items[0].action"));
        assertEquals("Đã thụ lý đơn", second.getString("items[0].label"));
        assertEquals("ACCEPTED", second.getString("items[0].status"));
        assertTrue(!second.getString("next").equals(next));
        // another citizen sees none of it
        as("citizen-feed-b", null, "citizen").get("/api/v1/petitions/mine/changes").then().statusCode(200)
                .body("items.petitionId", not(hasItem(id)));
    }

    @Test
    void aBadCursorIsAProblemAndOfficialsHaveNoFeed() {
        as("citizen-feed-a", null, "citizen").queryParam("after", "không-phải-con-trỏ")
                .get("/api/v1/petitions/mine/changes").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", endsWith("changes.cursor.invalid"));
        handler(UNIT).get("/api/v1/petitions/mine/changes").then().statusCode(403);
    }

    @Test
    void theReceiptCodeFeedCountsStepsWithoutInstants() {
        String code = given().contentType(ContentType.JSON).body(Map.of("unitPath", UNIT,
                        "subject", Map.of("kind", "PERSON", "description", "Cán bộ thu tiền " + System.nanoTime()),
                        "domains", List.of("OTHER"), "content", "Nội dung tố cáo " + System.nanoTime()))
                .post("/api/v1/public/petitions").then().statusCode(201).extract().path("receiptCode");
        String id = given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/status").then().statusCode(200).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code))
                .post("/api/v1/public/petitions/changes").then().statusCode(200)
                .body("items.action", contains("RECEIVE")).body("next", is("0"));
        move(UNIT, id, "ACCEPT", TODAY);
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(Map.of("receiptCode", code, "after", 0))
                .post("/api/v1/public/petitions/changes").then().statusCode(200)
                .body("items.action", contains("ACCEPT")).body("items[0].label", is("Petition accepted"))
                .body("next", is("1"));
    }
}
