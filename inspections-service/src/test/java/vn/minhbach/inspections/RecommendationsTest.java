package vn.minhbach.inspections;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.inspections.service.RecommendationService;
import vn.minhbach.testing.TestTokens;

/** Recommendations: follow-up with dated updates, overdue listing and the once-only overdue event, statistics. */
@QuarkusTest
class RecommendationsTest {

    static final String UNIT = "01.941";
    static final String WARD = "01.941.00101";
    String inspector = Api.inspector(UNIT);

    @Inject
    RecommendationService recommendations;

    /** A concluded team of a unique sub-unit with one overdue and one future recommendation; returns the JSON. */
    private JsonPath concludedTeam(String unit) {
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, unit);
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, null);
        String member = Api.member(inspector, Api.code("M"), "Phạm Văn Bị", cell, "GRASSROOTS_MANAGED");
        String staffOrg = Api.organisation(inspector, Api.code("U"), "OTHER_COMMITTEE", district, null);
        String staff = Api.member(inspector, Api.code("S"), "Hoàng Văn Tra", staffOrg, "OTHER");
        Map<String, Object> body = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION",
                "2022-02-01", staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(cell), Api.memberTarget(member)));
        body.put("unitPath", unit);
        String id = Api.createTeam(inspector, body);
        Api.as(inspector).body(Map.of("startedDate", "2022-02-03")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(200);
        List<String> targets = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.id");
        List<String> types = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.targetType");
        String future = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1).toString();
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", "2022-03-01");
        c.put("conclusionReference", Api.code("KL"));
        c.put("targets", List.of(
                Map.of("targetId", targets.get(types.indexOf("ORGANISATION")), "violation", "MINOR", "discipline", "WARNING"),
                Map.of("targetId", targets.get(types.indexOf("MEMBER")), "violation", "SERIOUS", "discipline", "REPRIMAND")));
        c.put("recommendations", List.of(
                Map.of("text", "Rà soát hồ sơ bồi thường GPMB", "ownerUnit", WARD, "dueDate", "2022-06-30"),
                Map.of("text", "Công khai phương án bồi thường", "ownerUnit", WARD, "dueDate", future)));
        return Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(200).extract()
                .jsonPath();
    }

    private String recommendationDue(JsonPath team, String due) {
        List<String> ids = team.getList("recommendations.id");
        List<String> dues = team.getList("recommendations.dueDate");
        return ids.get(dues.indexOf(due));
    }

    @Test
    void overdueRecommendationsAreListedAndAnnouncedOnce() {
        JsonPath team = concludedTeam(UNIT + ".00201");
        String overdue = recommendationDue(team, "2022-06-30");
        List<String> ids = team.getList("recommendations.id");
        String notYetDue = ids.get(0).equals(overdue) ? ids.get(1) : ids.get(0);
        Api.as(inspector).queryParam("overdue", true).queryParam("size", 200).get("/api/v1/recommendations").then()
                .statusCode(200).body("items.id", hasItem(overdue)).body("items.id", not(hasItem(notYetDue)))
                .body("items.overdue", org.hamcrest.Matchers.everyItem(is(true)));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertTrue(recommendations.announceOverdue(today) >= 1);
        recommendations.announceOverdue(today);
        var events = Events.await(Events.TOPIC, Events.of("recommendation.overdue", overdue), 2, 10);
        assertEquals(1, events.size(), "announced exactly once");
        assertEquals(WARD, events.get(0).path("data").path("ownerUnit").asText());
        assertEquals("2022-06-30", events.get(0).path("data").path("dueDate").asText());
    }

    @Test
    void datedUpdatesWithEvidenceMoveTheStatus() {
        JsonPath team = concludedTeam(UNIT + ".00301");
        String rec = recommendationDue(team, "2022-06-30");
        Api.as(inspector).body(Map.of("updateDate", "2022-02-15", "status", "IN_PROGRESS"))
                .post("/api/v1/recommendations/" + rec + "/updates").then().statusCode(422); // before the conclusion
        Api.as(inspector).body(Map.of("updateDate", "2022-05-10", "status", "IN_PROGRESS", "note",
                "Đã thành lập tổ rà soát", "evidence", "Công văn 123/UBND")).post("/api/v1/recommendations/" + rec
                + "/updates").then().statusCode(200).body("status", is("IN_PROGRESS"));
        Api.as(inspector).body(Map.of("updateDate", "2022-05-11", "status", "OPEN"))
                .post("/api/v1/recommendations/" + rec + "/updates").then().statusCode(409);
        Api.as(inspector).body(Map.of("updateDate", "2022-07-20", "status", "IMPLEMENTED", "evidence",
                "Báo cáo 45/BC-UBND")).post("/api/v1/recommendations/" + rec + "/updates").then().statusCode(200)
                .body("status", is("IMPLEMENTED")).body("overdue", is(false)).body("updates", hasSize(2))
                .body("updates[1].evidence", is("Báo cáo 45/BC-UBND"));
        Api.as(inspector).queryParam("overdue", true).queryParam("size", 200).get("/api/v1/recommendations").then()
                .body("items.id", not(hasItem(rec)));
        Api.as(TestTokens.token("auditor", UNIT, "auditor")).get("/api/v1/recommendations/" + rec).then()
                .statusCode(200).body("updates[0].updateDate", is("2022-05-10"));
    }

    @Test
    void openForMyUnitShowsTheOwnerUnitsOutstandingRecommendations() {
        JsonPath team = concludedTeam(UNIT + ".00401");
        String rec = recommendationDue(team, "2022-06-30");
        String wardReporter = TestTokens.token("ward-reporter", WARD, "unit-reporter");
        Api.as(wardReporter).queryParam("size", 200).get("/api/v1/recommendations/open-for-my-unit").then()
                .statusCode(200).body("items.id", hasItem(rec)).body("items.ownerUnit", org.hamcrest.Matchers.everyItem(
                        is(WARD)));
        Api.as(TestTokens.token("other", "01.942.00101", "unit-reporter")).queryParam("size", 200)
                .get("/api/v1/recommendations/open-for-my-unit").then().statusCode(200).body("items.id", not(hasItem(rec)));
        Api.as(inspector).body(Map.of("updateDate", "2022-07-01", "status", "IMPLEMENTED"))
                .post("/api/v1/recommendations/" + rec + "/updates").then().statusCode(200);
        Api.as(wardReporter).queryParam("size", 200).get("/api/v1/recommendations/open-for-my-unit").then()
                .body("items.id", not(hasItem(rec)));
    }

    @Test
    void statisticsCountRecommendationsAndDiscipline() {
        String unit = UNIT + ".00501";
        JsonPath team = concludedTeam(unit);
        String rec = recommendationDue(team, "2022-06-30");
        JsonPath s = Api.as(inspector).queryParam("unit", unit).queryParam("from", "2022-01-01")
                .queryParam("to", "2022-12-31").get("/api/v1/inspections/statistics").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, s.getInt("recommendations.total"));
        assertEquals(2, s.getInt("recommendations.open"));
        assertEquals(1, s.getInt("recommendations.overdue"));
        assertEquals(1, s.getInt("discipline.members.REPRIMAND"));
        assertEquals(1, s.getInt("discipline.organisations.WARNING"));
        assertEquals(1, s.getInt("inspection.byLevel.INSPECTION_COMMISSION.byBasis.THEMATIC.teams"));
        assertEquals(1, s.getInt("inspection.byDomain.SITE_CLEARANCE.memberOccurrences"));
        Api.as(inspector).body(Map.of("updateDate", "2022-06-01", "status", "IMPLEMENTED"))
                .post("/api/v1/recommendations/" + rec + "/updates").then().statusCode(200);
        s = Api.as(inspector).queryParam("unit", unit).queryParam("from", "2022-01-01").queryParam("to", "2022-12-31")
                .get("/api/v1/inspections/statistics").then().extract().jsonPath();
        assertEquals(1, s.getInt("recommendations.implemented"));
        assertEquals(0, s.getInt("recommendations.overdue"));
        // Issue 18.1: a past period keeps its figures whatever happened after its end.
        s = Api.as(inspector).queryParam("unit", unit).queryParam("from", "2022-01-01").queryParam("to", "2022-05-31")
                .get("/api/v1/inspections/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(2, s.getInt("recommendations.total"));
        assertEquals(0, s.getInt("recommendations.implemented"), "implemented on 1/6, after the period");
        assertEquals(2, s.getInt("recommendations.open"));
        assertEquals(0, s.getInt("recommendations.overdue"), "due 30/6: not yet overdue on 31/5");
        s = Api.as(inspector).queryParam("unit", unit).queryParam("from", "2022-01-01").queryParam("to", "2022-07-31")
                .get("/api/v1/inspections/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(1, s.getInt("recommendations.implemented"));
        assertEquals(0, s.getInt("recommendations.overdue"), "implemented before it fell due");
        s = Api.as(inspector).queryParam("unit", unit).queryParam("from", "2022-01-01").queryParam("to", "2022-02-28")
                .get("/api/v1/inspections/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(1, s.getInt("inspection.total.teams"));
        assertEquals(0, s.getInt("recommendations.total"), "the conclusion of 1/3 made them, after the period");
        Api.as(inspector).queryParam("unit", "01.942").get("/api/v1/inspections/statistics").then().statusCode(404);
        Api.as(inspector).queryParam("from", "2022-12-31").queryParam("to", "2022-01-01")
                .get("/api/v1/inspections/statistics").then().statusCode(400);
        Api.as(inspector).queryParam("from", "yesterday").get("/api/v1/inspections/statistics").then().statusCode(400);
    }
}
