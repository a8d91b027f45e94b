package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** inspections-service through the gateway: party organisations, members, teams and conclusions. */
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
        body.put("kind", o.kind());
        body.put("name", o.name());
        body.put("unitPath", s.unit());
        JsonNode created = api.post(s.officials().inspector(), "/api/v1/party-organisations", body);
        ids.put(o.key(), created.path("id").asText());
    }

    void member(Plan.Member m) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", m.fullName());
        body.put("position", m.position());
        body.put("organisationId", ids.get(m.organisationKey()));
        body.put("standingCommitteeManaged", m.standingCommitteeManaged());
        body.put("birthDate", m.birthDate());
        JsonNode created = api.post(s.officials().inspector(), "/api/v1/party-members", body);
        ids.put(m.key(), created.path("id").asText());
    }

    void team(Plan.Team t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", t.kind());
        body.put("basis", t.basis());
        body.put("initiatingLevel", t.initiatingLevel());
        body.put("decisionNumber", t.decisionNumber());
        body.put("decisionDate", t.decisionDate());
        body.put("title", t.title());
        body.put("domains", t.domains());
        body.put("leaderName", t.leader());
        body.put("memberNames", t.members());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Plan.Target x : t.targets()) {
            targets.add(Map.of("targetType", x.targetType(), "subjectId", ids.get(x.subjectKey())));
        }
        body.put("targets", targets);
        JsonNode created = api.post(s.officials().inspector(), "/api/v1/teams", body);
        String id = created.path("id").asText();
        ids.put(t.key(), id);
        if (t.conclusion() != null) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("concludedDate", t.conclusion().concludedDate());
            c.put("conclusionReference", t.conclusion().reference());
            c.put("summary", t.conclusion().summary());
            List<Map<String, Object>> recs = new ArrayList<>();
            for (Plan.Recommendation r : t.conclusion().recommendations()) {
                recs.add(Map.of("content", r.content(), "ownerUnit", r.ownerUnit(), "dueDate", r.dueDate()));
            }
            c.put("recommendations", recs);
            api.post(s.officials().inspector(), "/api/v1/teams/" + id + "/conclusion", c);
        }
    }
}
