package vn.minhbach.inspections;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.testing.TestTokens;

/** Test helpers that drive the service through its HTTP API only, as the scenario loader does. */
final class Api {

    private Api() {
    }

    static String inspector(String unit) {
        return TestTokens.token("inspector-" + unit, unit, "inspector");
    }

    static String leader(String unit) {
        return TestTokens.token("leader-" + unit, unit, "leader");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A code unique across test classes sharing the database. */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String organisation(String token, String code, String kind, String parentId, String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Tổ chức " + code);
        body.put("kind", kind);
        body.put("parentId", parentId);
        body.put("unitPath", unit);
        return as(token).body(body).post("/api/v1/party-organisations").then().statusCode(201).extract().path("id");
    }

    static String member(String token, String code, String fullName, String organisationId, String category) {
        Map<String, Object> body = Map.of("code", code, "fullName", fullName, "organisationId", organisationId,
                "position", "Bí thư chi bộ", "cadreCategory", category);
        return as(token).body(body).post("/api/v1/party-members").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> orgTarget(String id) {
        return Map.of("organisationId", id);
    }

    static Map<String, Object> memberTarget(String id) {
        return Map.of("memberId", id);
    }

    /** A decided team body: the loader's one-request path. */
    static Map<String, Object> decidedTeam(String kind, String basis, String level, String decisionDate, String leaderId,
            List<String> domains, List<Map<String, Object>> targets) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("basis", basis);
        body.put("initiatingLevel", level);
        body.put("decisionNumber", code("QD"));
        body.put("decisionDate", decisionDate);
        body.put("leaderMemberId", leaderId);
        body.put("domains", domains);
        body.put("targets", new ArrayList<>(targets));
        return body;
    }

    static String createTeam(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    /** Starts and concludes a decided team with "no violation" for every target; returns target ids. */
    static List<String> startAndConclude(String token, String teamId, String started, String concluded,
            List<Map<String, Object>> recommendations, boolean forPublication, String summary) {
        as(token).body(Map.of("startedDate", started)).post("/api/v1/teams/" + teamId + "/start").then().statusCode(200);
        List<String> targetIds = as(token).get("/api/v1/teams/" + teamId).then().statusCode(200).extract()
                .path("targets.id");
        List<Map<String, Object>> conclusions = targetIds.stream()
                .map(id -> Map.<String, Object>of("targetId", id, "findings", "Thực hiện đúng quy định",
                        "violation", "NONE"))
                .toList();
        Map<String, Object> body = new HashMap<>();
        body.put("concludedDate", concluded);
        body.put("conclusionReference", code("KL"));
        body.put("targets", conclusions);
        body.put("recommendations", recommendations);
        body.put("forPublication", forPublication);
        body.put("publicSummary", summary);
        as(token).body(body).post("/api/v1/teams/" + teamId + "/conclusion").then().statusCode(200);
        return targetIds;
    }
}
