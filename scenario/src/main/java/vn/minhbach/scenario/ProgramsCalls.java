package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * programs-service through the gateway: the program and its topics (reused when another district
 * already recorded it: programs are the city's), the district's instruments, the tasks that make
 * topics and solution groups the district's own work, and its conferences.
 */
final class ProgramsCalls {

    private final Api api;
    private final Scenario s;
    private final Map<String, String> ids;
    private final Progress progress;

    ProgramsCalls(Api api, Scenario s, Map<String, String> ids, Progress progress) {
        this.api = api;
        this.s = s;
        this.ids = ids;
        this.progress = progress;
    }

    void load() {
        String officer = s.officials().program();
        Map<String, Long> programIds = new LinkedHashMap<>();
        for (Scenario.ProgramSpec p : s.program().programs()) {
            long programId = ensureProgram(officer, p);
            programIds.put(p.code(), programId);
            ids.put(p.code(), Long.toString(programId));
            JsonNode topics = api.get(officer, "/api/v1/programs/" + programId).path("topics");
            int n = Math.min(p.topicsImplemented(), topics.size());
            for (int i = 0; i < n; i++) {
                JsonNode topic = topics.get(i);
                Map<String, Object> task = new LinkedHashMap<>();
                task.put("topicId", topic.path("id").asLong());
                task.put("title", "Triển khai chuyên đề " + topic.path("number").asInt() + ": " + topic.path("title").asText());
                task.put("unitPath", s.unit());
                task.put("assignedDate", p.tasksAssigned());
                task.put("dueDate", LocalDate.of(p.endYear(), 12, 31));
                api.post(officer, "/api/v1/tasks", task);
            }
            progress.phase("  " + n + " chuyên đề của " + p.code() + " giao cho " + s.unit());
        }
        List<Long> instrumentIds = new ArrayList<>();
        for (Scenario.Instrument i : s.program().instruments()) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (i.programCode() != null && programIds.containsKey(i.programCode())) {
                body.put("programId", programIds.get(i.programCode()));
            }
            body.put("kind", i.type());
            body.put("number", i.number());
            body.put("issuedDate", i.issuedDate());
            body.put("issuer", i.issuer());
            body.put("title", i.title());
            List<Map<String, Object>> groups = new ArrayList<>();
            for (int g = 0; g < i.solutionGroups().size(); g++) {
                groups.add(Map.of("number", g + 1, "title", i.solutionGroups().get(g)));
            }
            if (!groups.isEmpty()) body.put("solutionGroups", groups);
            JsonNode created = api.post(officer, "/api/v1/instruments", body);
            long id = created.path("id").asLong();
            instrumentIds.add(id);
            ids.put(i.number(), Long.toString(id));
            for (JsonNode group : created.path("solutionGroups")) {
                Map<String, Object> task = new LinkedHashMap<>();
                task.put("solutionGroupId", group.path("id").asLong());
                task.put("title", "Thực hiện nhóm giải pháp " + group.path("number").asInt() + ": "
                        + group.path("title").asText());
                task.put("unitPath", s.unit());
                task.put("assignedDate", i.tasksAssigned());
                task.put("dueDate", LocalDate.of(2025, 12, 31));
                api.post(officer, "/api/v1/tasks", task);
            }
            progress.phase("  văn bản " + i.number() + (groups.isEmpty() ? "" : " với " + groups.size() + " nhóm giải pháp"));
        }
        for (Scenario.Conference c : s.program().conferences()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("heldDate", c.date());
            body.put("title", c.title());
            body.put("online", c.online());
            body.put("connectedSites", c.sites());
            body.put("delegates", c.delegates());
            if (!instrumentIds.isEmpty()) body.put("relatedInstrumentIds", List.of(instrumentIds.get(0)));
            api.post(officer, "/api/v1/conferences", body);
            progress.phase("  hội nghị " + c.date() + ": " + c.sites() + " điểm cầu, " + c.delegates() + " đại biểu");
        }
    }

    /** The program with this code, created with its topics if no district recorded it yet. */
    private long ensureProgram(String officer, Scenario.ProgramSpec p) {
        for (int page = 0; ; page++) {
            JsonNode list = api.get(officer, "/api/v1/programs?size=200&page=" + page);
            for (JsonNode item : list.path("items")) {
                if (p.code().equals(item.path("code").asText())) {
                    progress.phase("  chương trình " + p.code() + " đã có, dùng lại");
                    return item.path("id").asLong();
                }
            }
            if ((page + 1) * 200L >= list.path("totalItems").asLong()) break;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", p.code());
        body.put("title", p.title());
        body.put("issuingBody", p.issuingBody());
        body.put("periodStart", p.startYear());
        body.put("periodEnd", p.endYear());
        long id;
        try {
            id = api.post(officer, "/api/v1/programs", body).path("id").asLong();
        } catch (Api.ApiException e) {
            if (e.status != 409) throw e;
            return ensureProgram(officer, p); // another loader created it meanwhile
        }
        for (int i = 0; i < p.topics().size(); i++) {
            // topics of a city program are led by the city; districts take them on through tasks
            api.post(officer, "/api/v1/programs/" + id + "/topics",
                    Map.of("number", i + 1, "title", p.topics().get(i), "leadUnitPath", s.unit().substring(0, 2)));
        }
        progress.phase("  tạo chương trình " + p.code() + " với " + p.topics().size() + " chuyên đề");
        return id;
    }
}
