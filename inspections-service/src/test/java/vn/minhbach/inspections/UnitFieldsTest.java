package vn.minhbach.inspections;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Sql;

/**
 * Every unit-valued field of an inspections write is checked by the chassis' UnitCheck against the
 * caller's scope and the unit registry at the record's business date (issue 15 point 2, issue 17 point 4).
 * Real units of the registry: 01.019 Nam Từ Liêm and 01.021 Bắc Từ Liêm (district-level until 30/6/2025).
 */
@QuarkusTest
class UnitFieldsTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    static final String NAM_TU_LIEM = "01.019";
    String inspector = Api.inspector(NAM_TU_LIEM);

    private String team(String decisionDate) {
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, NAM_TU_LIEM);
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, null);
        String staffOrg = Api.organisation(inspector, Api.code("U"), "OTHER_COMMITTEE", district, null);
        String staff = Api.member(inspector, Api.code("S"), "Hoàng Văn Tra", staffOrg, "OTHER");
        Map<String, Object> body = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION", decisionDate,
                staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(cell)));
        body.put("unitPath", NAM_TU_LIEM);
        return Api.createTeam(inspector, body);
    }

    @Test
    void anInspectorOf019CannotGiveARecommendationTo021() {
        String id = team("2022-02-01");
        Api.as(inspector).body(Map.of("startedDate", "2022-02-03")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(200);
        List<String> targets = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.id");
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", "2022-03-01");
        c.put("conclusionReference", Api.code("KL"));
        c.put("targets", List.of(Map.of("targetId", targets.get(0), "findings", "Đúng quy định", "violation", "NONE")));
        c.put("recommendations", List.of(
                Map.of("text", "Rà soát hồ sơ", "ownerUnit", NAM_TU_LIEM, "dueDate", "2022-06-30"),
                Map.of("text", "Công khai phương án", "ownerUnit", "01.021", "dueDate", "2022-06-30")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(422)
                .body("type", containsString("unit.out-of-scope"))
                .body("errors[0].field", is("recommendations[1].ownerUnit"));
        // An owner unit inside the scope but unknown to the registry.
        c.put("recommendations", List.of(Map.of("text", "Rà soát", "ownerUnit", "01.019.99999", "dueDate", "2022-06-30")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(422)
                .body("type", containsString("unit.unknown"))
                .body("errors[0].field", is("recommendations[0].ownerUnit"));
        // Nothing was concluded by the refused attempts; a recommendation of its own unit is accepted.
        c.put("recommendations", List.of(Map.of("text", "Rà soát", "ownerUnit", NAM_TU_LIEM, "dueDate", "2022-06-30")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(200);
    }

    @Test
    void aTargetOfAWardRetiredBeforeTheDecisionIsRefusedNamingItsSuccessors() {
        String city = Api.inspector("01");
        String commission = Api.organisation(city, Api.code("TP"), "OTHER_COMMITTEE", null, "01");
        String staff = Api.member(city, Api.code("S"), "Nguyễn Văn Kiểm", commission, "OTHER");
        // A party cell of the former ward Cầu Diễn (01.019.00592), which became part of Phường Từ Liêm.
        String cell = Api.organisation(city, Api.code("C"), "PARTY_CELL", null, "01.019.00592");
        Map<String, Object> after = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION", "2025-09-01",
                staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(cell)));
        after.put("unitPath", "01");
        Api.as(city).header("Accept-Language", "en").body(after).post("/api/v1/teams").then().statusCode(422)
                .body("type", containsString("unit.retired")).body("errors[0].field", is("targets[0].organisationId"))
                .body("detail", containsString("01.00592 Phường Từ Liêm"));
        // The same cell, inspected by a decision taken while the ward existed: accepted.
        Map<String, Object> before = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION", "2024-09-03",
                staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(cell)));
        before.put("unitPath", "01");
        Api.createTeam(city, before);
    }

    @Test
    void aTeamOfTheFormerDistrictAfterTheReformNamesItsSuccessors() {
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, NAM_TU_LIEM);
        String staff = Api.member(inspector, Api.code("S"), "Hoàng Văn Tra", district, "OTHER");
        String cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", district, null);
        Map<String, Object> body = Api.decidedTeam("INSPECTION", "THEMATIC", "INSPECTION_COMMISSION", "2025-09-01",
                staff, List.of("SITE_CLEARANCE"), List.of(Api.orgTarget(cell)));
        body.put("unitPath", NAM_TU_LIEM);
        Api.as(inspector).body(body).post("/api/v1/teams").then().statusCode(422)
                .body("type", containsString("unit.retired")).body("errors[0].field", is("unitPath"));
    }

    @Test
    void aPartyOrganisationOfAnUnknownUnitIsRefused() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", Api.code("X"));
        body.put("name", "Tổ chức không có đơn vị");
        body.put("kind", "OTHER_COMMITTEE");
        body.put("unitPath", "01.019.99999");
        Api.as(inspector).body(body).post("/api/v1/party-organisations").then().statusCode(422)
                .body("type", containsString("unit.unknown")).body("errors[0].field", is("unitPath"));
    }
    @Test
    void successionHandsOutstandingRecommendationsToTheSuccessor() {
        String formerWard = "01.019.00592"; // Phường Cầu Diễn until 30/6/2025, successor 01.00592
        String successor = "01.00592";
        String id = team("2022-02-01");
        Api.as(inspector).body(Map.of("startedDate", "2022-02-03")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(200);
        List<String> targets = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.id");
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", "2022-03-01");
        c.put("conclusionReference", Api.code("KL"));
        c.put("targets", List.of(Map.of("targetId", targets.get(0), "findings", "Đúng quy định", "violation", "NONE")));
        c.put("recommendations", List.of(Map.of("text", "Rà soát hồ sơ", "ownerUnit", formerWard, "dueDate", "2022-06-30")));
        String rec = Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(200)
                .extract().path("recommendations[0].id");
        String newWard = Api.inspector(successor);
        Api.as(newWard).get("/api/v1/recommendations/" + rec).then().statusCode(404);
        String event = """
                {"specversion":"1.0","id":"%s","source":"/minhbach/programs-service","type":"unit.succession",
                 "subject":"%s","time":"2025-07-01T00:00:00Z","datacontenttype":"application/json",
                 "data":{"unitPath":"%s","from":"%s","to":"%s","effectiveDate":"2025-07-01","requestedBy":"admin-1"}}
                """.formatted(java.util.UUID.randomUUID(), formerWard, formerWard, formerWard, successor);
        Events.send("minhbach.programs.v1", formerWard, event);
        java.time.Instant end = java.time.Instant.now().plusSeconds(30);
        while (Api.as(newWard).get("/api/v1/recommendations/" + rec).then().extract().statusCode() != 200) {
            org.junit.jupiter.api.Assertions.assertTrue(java.time.Instant.now().isBefore(end), "not handed over in 30 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        Api.as(newWard).get("/api/v1/recommendations/" + rec).then().statusCode(200)
                .body("ownerUnit", is(successor)).body("unitPath", is(NAM_TU_LIEM))
                .body("updates.note", org.hamcrest.Matchers.hasItem(containsString(formerWard + " → " + successor)));
        Events.await(Events.TOPIC, Events.of("recommendation.reassigned", rec), 1, 10);
        org.junit.jupiter.api.Assertions.assertEquals(1,
                Sql.count(db, "select count(*) from audit_log where entity_id = ? and action = 'recommendation.reassigned'", rec));
    }
}
