package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * petitions-service through the gateway: the reception officer records each petition with its
 * received date; the handler moves it through its transitions, each with its effective date and
 * document; reception visits then record who came and which petitions they handed in.
 */
final class PetitionsCalls {

    private final Api api;
    private final Scenario s;
    private final Map<String, String> ids;

    PetitionsCalls(Api api, Scenario s, Map<String, String> ids) {
        this.api = api;
        this.s = s;
        this.ids = ids;
    }

    void petition(Plan.Petition p, Runnable stepDone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("receivedDate", p.receivedDate());
        body.put("channel", p.channel());
        body.put("kind", p.kind());
        List<Map<String, Object>> petitioners = new ArrayList<>();
        for (int i = 0; i < p.petitioners().size(); i++) {
            Plan.Person who = p.petitioners().get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", who.fullName());
            one.put("idNumber", who.idNumber());
            one.put("address", who.address());
            one.put("phone", who.phone());
            one.put("representative", i == 0);
            petitioners.add(one);
        }
        body.put("petitioners", petitioners);
        body.put("subject", Map.of("kind", p.subjectKind(), "description", p.title(), "unit", p.subjectUnit()));
        body.put("domains", p.domains());
        body.put("content", p.content());
        String reception = s.officials().reception();
        // the register reference written on the paper petition identifies it if a retry is needed
        JsonNode created = api.postOnce(reception, "/api/v1/petitions", body, () -> {
            JsonNode page = api.get(reception, "/api/v1/petitions?size=5&q=" + java.net.URLEncoder.encode(
                    p.registerReference(), java.nio.charset.StandardCharsets.UTF_8));
            return page.path("items").size() > 0 ? Scenario.JSON.createObjectNode().set("petition", page.path("items").get(0)) : null;
        });
        String id = created.path("petition").path("id").asText();
        if (id.isEmpty()) throw new IllegalStateException("petition created without an id: " + created);
        ids.put(p.key(), id);
        for (Plan.Step step : p.steps()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("action", step.action());
            t.put("effectiveDate", step.date());
            t.put("documentReference", step.documentReference());
            t.put("note", step.note());
            if (step.outcome() != null) t.put("outcome", step.outcome());
            if (step.toAgency() != null) t.put("toAgency", step.toAgency());
            if (step.action().equals("NOT_ACCEPT")) t.put("legalGround", step.ground());
            if (step.action().equals("FILE")) t.put("fileReason", step.ground());
            int before = p.steps().indexOf(step);
            api.postOnce(s.officials().handler(), "/api/v1/petitions/" + id + "/transitions", t, () -> {
                // applied if the petition's history already holds this step
                JsonNode view = api.get(s.officials().handler(), "/api/v1/petitions/" + id);
                return view.path("history").size() > before + 1 || view.path("status").asText().equals(step.toStatus())
                        ? view : null;
            });
            stepDone.run();
        }
    }

    void visit(Plan.Visit v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitAt", v.visitAt());
        body.put("place", v.place());
        body.put("kind", v.kind());
        body.put("receivingOfficial", v.receivingOfficial());
        if (v.leaderPresent() != null) body.put("leaderPresent", v.leaderPresent());
        body.put("people", v.people());
        body.put("groupVisit", v.groupVisit());
        body.put("summary", v.summary());
        body.put("outcome", v.outcome());
        body.put("petitionIds", v.petitionKeys().stream().map(ids::get).toList());
        api.postOnce(s.officials().reception(), "/api/v1/reception-visits", body, () -> null);
    }

    void flag(Plan.Petition p) {
        api.post(s.officials().handler(), "/api/v1/petitions/" + ids.get(p.key()) + "/corruption-signs",
                Map.of("flaggedDate", p.flaggedDate(),
                        "summary", "Nội dung đơn có dấu hiệu tham nhũng, tiêu cực: " + p.title()));
    }
}
