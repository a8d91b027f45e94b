package vn.minhbach.inspections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public disclosure: only published results, redacted, filterable, without a token. */
@QuarkusTest
class PublicResultsTest {

    static final String UNIT = "01.961";
    String inspector = Api.inspector(UNIT);
    String leader = Api.leader(UNIT);

    /** A concluded team in {@code unit} with one organisation and one member target; returns its id. */
    private String concluded(String unit, String domain, String concludedDate, boolean decisionPublic, String summary,
            String memberName) {
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, unit);
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, null);
        String member = Api.member(inspector, Api.code("M"), memberName, cell, "STANDING_COMMITTEE_MANAGED");
        String staffOrg = Api.organisation(inspector, Api.code("U"), "OTHER_COMMITTEE", district, null);
        String staff = Api.member(inspector, Api.code("S"), "Cán bộ UBKT", staffOrg, "OTHER");
        Map<String, Object> body = Api.decidedTeam("INSPECTION", "SIGNS_OF_VIOLATION", "INSPECTION_COMMISSION",
                "2021-01-10", staff, List.of(domain), List.of(Api.orgTarget(cell), Api.memberTarget(member)));
        body.put("unitPath", unit);
        String id = Api.createTeam(inspector, body);
        Api.as(inspector).body(Map.of("startedDate", "2021-01-12")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(200);
        List<String> targets = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.id");
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", concludedDate);
        c.put("conclusionReference", Api.code("KL"));
        c.put("targets", targets.stream().map(t -> Map.of("targetId", t, "violation", "MINOR")).toList());
        c.put("forPublication", true);
        c.put("decisionPublic", decisionPublic);
        c.put("publicSummary", summary);
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(200);
        return id;
    }

    private void publish(String id, String date) {
        Api.as(leader).body(Map.of("publishedDate", date)).post("/api/v1/teams/" + id + "/publication").then()
                .statusCode(200);
    }

    @Test
    void publishedResultsAreListedWithoutATokenAndWithoutPersonalData() {
        String unit = UNIT + ".00101";
        String id = concluded(unit, "LAND_MANAGEMENT", "2022-03-01", false,
                "Chi bộ buông lỏng quản lý đất đai; đã kiểm điểm, rút kinh nghiệm.", "Bùi Văn Kín");
        given().queryParam("unit", unit).get("/api/v1/public/inspection-results").then().statusCode(200)
                .body("items.teamId", not(hasItem(id))); // concluded, not yet published
        publish(id, "2022-03-05");
        given().queryParam("unit", unit).get("/api/v1/public/inspection-results").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].teamId", is(id))
                .body("items[0].publicSummary", containsString("buông lỏng"))
                .body("items[0].memberCount", is(1)).body("items[0].memberNames", org.hamcrest.Matchers.empty())
                .body("items[0].organisations[0].kind", is("PARTY_CELL"))
                .body(not(containsString("Bùi Văn Kín")));
    }

    @Test
    void namesAppearOnlyWhenTheDecisionItselfIsPublic() {
        String unit = UNIT + ".00201";
        String id = concluded(unit, "CONSTRUCTION_ORDER", "2022-04-01", true,
                "Đồng chí Lý Văn Công bị cảnh cáo theo quyết định đã công bố.", "Lý Văn Công");
        publish(id, "2022-04-03");
        given().queryParam("unit", unit).get("/api/v1/public/inspection-results").then().statusCode(200)
                .body("items[0].memberNames", hasItem("Lý Văn Công"));
    }

    @Test
    void aSummaryNamingAnInspectedMemberIsRefusedUnlessTheDecisionIsPublic() {
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, UNIT + ".00301");
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, null);
        String member = Api.member(inspector, Api.code("M"), "Tạ Văn Lộ", cell, "OTHER");
        String staffOrg = Api.organisation(inspector, Api.code("U"), "OTHER_COMMITTEE", district, null);
        String staff = Api.member(inspector, Api.code("S"), "Cán bộ", staffOrg, "OTHER");
        String id = Api.createTeam(inspector, Api.decidedTeam("SUPERVISION", "REGULAR", "GRASSROOTS_COMMITTEE",
                "2022-01-10", staff, List.of("OTHER"), List.of(Api.memberTarget(member))));
        Api.as(inspector).body(Map.of("startedDate", "2022-01-12")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(200);
        String target = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets[0].id");
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", "2022-02-01");
        c.put("conclusionReference", "KL-9");
        c.put("targets", List.of(Map.of("targetId", target, "violation", "NONE")));
        c.put("forPublication", true);
        c.put("publicSummary", "Đồng chí TẠ VĂN LỘ thực hiện tốt.");
        Api.as(inspector).header("Accept-Language", "en").body(c).post("/api/v1/teams/" + id + "/conclusion").then()
                .statusCode(422).body("title", is("Public summary names an inspected member"));
        c.put("publicSummary", null);
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(422);
    }

    @Test
    void filtersByUnitDomainAndPeriodAndPages() {
        String unit = UNIT + ".00401";
        String land = concluded(unit, "LAND_MANAGEMENT", "2021-06-01", false, "Kết quả 1", "A Một");
        String works = concluded(unit, "PUBLIC_INVESTMENT", "2022-06-01", false, "Kết quả 2", "B Hai");
        publish(land, "2021-06-05");
        publish(works, "2022-06-05");
        given().queryParam("unit", unit).queryParam("domain", "PUBLIC_INVESTMENT").get("/api/v1/public/inspection-results")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].teamId", is(works));
        given().queryParam("unit", unit).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/public/inspection-results").then().body("totalItems", is(1))
                .body("items[0].teamId", is(land));
        given().queryParam("unit", unit).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/public/inspection-results").then().body("totalItems", is(2)).body("items.size()", is(1))
                .body("page", is(1));
        given().queryParam("unit", UNIT).get("/api/v1/public/inspection-results").then()
                .body("items.unitPath", everyItem(org.hamcrest.Matchers.startsWith(UNIT)));
        given().queryParam("size", 500).get("/api/v1/public/inspection-results").then().statusCode(400);
        given().queryParam("domain", "GOLF").get("/api/v1/public/inspection-results").then().statusCode(400);
        given().queryParam("from", "x").get("/api/v1/public/inspection-results").then().statusCode(400);
    }
}
