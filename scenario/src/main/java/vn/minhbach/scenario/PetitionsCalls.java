package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** petitions-service through the gateway: petitions, their transitions, reception visits, flags. */
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
        body.put("kind", p.kind());
        body.put("channel", p.channel());
        body.put("domains", p.domains());
        body.put("receivedDate", p.receivedDate());
        body.put("title", p.title());
        body.put("content", p.content());
        body.put("anonymous", p.anonymous());
        if (p.petitioner() != null) {
            Map<String, Object> who = new LinkedHashMap<>();
            who.put("fullName", p.petitioner().fullName());
            who.put("idNumber", p.petitioner().idNumber());
            who.put("phone", p.petitioner().phone());
            who.put("address", p.petitioner().address());
            body.put("petitioner", who);
        }
        JsonNode created = api.post(s.officials().reception(), "/api/v1/petitions", body);
        String id = created.path("id").asText();
        ids.put(p.key(), id);
        for (Plan.Step step : p.steps()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("effectiveDate", step.date());
            t.put("note", step.note());
            if (step.outcome() != null) t.put("outcome", step.outcome());
            if (step.toAgency() != null) t.put("toAgency", step.toAgency());
            api.post(s.officials().handler(), "/api/v1/petitions/" + id + "/" + action(step.action()), t);
            stepDone.run();
        }
    }

    private static String action(String a) {
        return switch (a) {
            case "ACCEPT" -> "accept";
            case "START_VERIFICATION" -> "start-verification";
            case "RESOLVE" -> "resolve";
            case "GUIDE" -> "guide";
            case "TRANSFER" -> "transfer";
            case "REFUSE" -> "refuse";
            case "WITHDRAW" -> "withdraw";
            case "FILE" -> "file";
            case "CLOSE" -> "close";
            default -> throw new IllegalArgumentException(a);
        };
    }

    void visit(Plan.Visit v) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitDate", v.visitDate());
        body.put("kind", v.kind());
        body.put("people", v.people());
        body.put("groupVisit", v.groupVisit());
        body.put("outcome", v.outcome());
        body.put("subject", v.subject());
        body.put("representativeName", v.representative().fullName());
        body.put("petitionIds", v.petitionKeys().stream().map(ids::get).toList());
        api.post(s.officials().reception(), "/api/v1/reception-visits", body);
    }

    void flag(Plan.Petition p) {
        api.post(s.officials().handler(), "/api/v1/petitions/" + ids.get(p.key()) + "/corruption-signs",
                Map.of("flaggedDate", p.flaggedDate(), "summary", "Nội dung đơn có dấu hiệu tham nhũng, tiêu cực: " + p.title()));
    }
}
