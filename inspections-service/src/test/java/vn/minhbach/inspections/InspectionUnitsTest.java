package vn.minhbach.inspections;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 point 2 and issue 17 point 4: a recommendation's owner unit outside the inspector's unit is
 * refused naming the field (it used to show, overdue, in another district's lists); a team of a unit
 * that no longer exists on its decision date is refused naming the successors.
 */
@QuarkusTest
class InspectionUnitsTest {

    static final String UNIT = "01.991";

    @Test
    void aRecommendationOwnedByAnotherUnitIsRefusedNamingTheField() {
        String inspector = Api.inspector(UNIT);
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, UNIT);
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, null);
        String staff = Api.member(inspector, Api.code("S"), "Hoàng Văn Tra", district, "OTHER");
        Map<String, Object> body = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION",
                "2022-02-01", staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(cell)));
        body.put("unitPath", UNIT);
        String team = Api.createTeam(inspector, body);
        Api.as(inspector).body(Map.of("startedDate", "2022-02-03")).post("/api/v1/teams/" + team + "/start")
                .then().statusCode(200);
        List<String> targets = Api.as(inspector).get("/api/v1/teams/" + team).then().extract().path("targets.id");
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", "2022-03-01");
        c.put("conclusionReference", Api.code("KL"));
        c.put("targets", List.of(Map.of("targetId", targets.get(0), "findings", "Đúng quy định", "violation", "NONE")));
        c.put("recommendations", List.of(Map.of("text", "Rà soát hồ sơ", "ownerUnit", "01.992", "dueDate", "2022-06-30")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + team + "/conclusion").then().statusCode(422)
                .body("type", containsString("unit.out-of-scope"))
                .body("errors[0].field", is("recommendations[0].ownerUnit"));
        c.put("recommendations", List.of(Map.of("text", "Rà soát hồ sơ", "ownerUnit", UNIT + ".00101", "dueDate", "2022-06-30")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + team + "/conclusion").then().statusCode(200);
    }

    @Test
    void aTeamOfAFormerDistrictAfterTheReformIsRefusedNamingTheSuccessors() {
        String inspector = Api.inspector("01.019");
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, "01.019");
        String staff = Api.member(inspector, Api.code("S"), "Trần Văn Kiểm", district, "OTHER");
        Map<String, Object> body = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION",
                "2026-01-05", staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(district)));
        body.put("unitPath", "01.019");
        Api.as(inspector).body(body).post("/api/v1/teams").then().statusCode(422)
                .body("type", containsString("unit.retired")).body("errors[0].field", is("unitPath"))
                .body("detail", containsString("01.00592"));
    }
}
