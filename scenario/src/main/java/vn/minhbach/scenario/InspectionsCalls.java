package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * inspections-service through the gateway: party organisations and members, then each team as an
 * inspection commission works it: set up by decision, started, concluded per target with
 * recommendations, and (district teams) published by a leader.
 */
final class InspectionsCalls {

    private final Api api;
    private final Scenario s;
    private final Map<String, String> ids;

    InspectionsCalls(Api api, Scenario s, Map<String, String> ids) {
        this.api = api;
        this.s = s;
        this.ids = ids;
    }

    void organisation(Plan.Organisation o) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", o.code());
        body.put("name", o.name());
        body.put("kind", o.kind());
        if (o.parentKey() != null) body.put("parentId", ids.get(o.parentKey()));
        body.put("unitPath", o.unitPath());
        JsonNode created = api.post(s.officials().inspector(), "/api/v1/party-organisations", body);
        ids.put(o.key(), created.path("id").asText());
    }

    void member(Plan.Member m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", m.code());
        body.put("fullName", m.fullName());
        body.put("organisationId", ids.get(m.organisationKey()));
        body.put("position", m.position());
        body.put("cadreCategory", m.cadreCategory());
        JsonNode created = api.post(s.officials().inspector(), "/api/v1/party-members", body);
        ids.put(m.key(), created.path("id").asText());
    }

    void team(Plan.Team t) {
        String inspector = s.officials().inspector();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", t.kind());
        body.put("basis", t.basis());
        body.put("initiatingLevel", t.initiatingLevel());
        body.put("decisionNumber", t.decisionNumber());
        body.put("decisionDate", t.decisionDate());
        body.put("leaderMemberId", ids.get(t.leaderKey()));
        body.put("memberIds", t.staffKeys().stream().map(ids::get).toList());
        body.put("periodFrom", t.decisionDate().withDayOfYear(1).minusYears(1));
        body.put("periodTo", t.decisionDate());
        body.put("domains", t.domains());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Plan.Target x : t.targets()) {
            targets.add(Map.of(x.targetType().equals("ORGANISATION") ? "organisationId" : "memberId", ids.get(x.subjectKey())));
        }
        body.put("targets", targets);
        JsonNode created = api.post(inspector, "/api/v1/teams", body);
        String id = created.path("id").asText();
        ids.put(t.key(), id);
        Map<String, String> targetIds = new HashMap<>();
        for (JsonNode x : created.path("targets")) targetIds.put(x.path("subjectId").asText(), x.path("id").asText());

        api.post(inspector, "/api/v1/teams/" + id + "/start", Map.of("startedDate", t.startedDate()));
        Plan.Conclusion c = t.conclusion();
        if (c == null) return;
        Map<String, Object> conclusion = new LinkedHashMap<>();
        conclusion.put("concludedDate", c.concludedDate());
        conclusion.put("conclusionReference", c.reference());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 0; i < t.targets().size(); i++) {
            Plan.Finding f = c.findings().get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("targetId", targetIds.get(ids.get(t.targets().get(i).subjectKey())));
            one.put("findings", f.findings());
            one.put("violation", f.violation());
            one.put("discipline", f.discipline());
            findings.add(one);
        }
        conclusion.put("targets", findings);
        List<Map<String, Object>> recs = new ArrayList<>();
        for (Plan.Recommendation r : c.recommendations()) {
            recs.add(Map.of("text", r.text(), "ownerUnit", r.ownerUnit(), "dueDate", r.dueDate()));
        }
        conclusion.put("recommendations", recs);
        conclusion.put("forPublication", c.publicSummary() != null);
        conclusion.put("decisionPublic", false);
        if (c.publicSummary() != null) conclusion.put("publicSummary", c.publicSummary());
        api.post(inspector, "/api/v1/teams/" + id + "/conclusion", conclusion);
        if (c.publishedDate() != null) {
            api.post(s.officials().leader(), "/api/v1/teams/" + id + "/publication", Map.of("publishedDate", c.publishedDate()));
        }
    }
}
