package vn.minhbach.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** programs-service through the gateway: programs and topics, instruments, tasks, conferences. */
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
        Map<String, JsonNode> programs = new LinkedHashMap<>();
        for (Scenario.ProgramSpec p : s.program().programs()) {
            JsonNode program = findProgram(p.code());
            if (program == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("code", p.code());
                body.put("title", p.title());
                body.put("issuingBody", p.issuingBody());
                body.put("periodStart", p.startYear());
                body.put("periodEnd", p.endYear());
                List<Map<String, Object>> topics = new ArrayList<>();
                for (int i = 0; i < p.topics().size(); i++) {
                    topics.add(Map.of("number", i + 1, "title", p.topics().get(i)));
                }
                body.put("topics", topics);
                program = api.post(officer, "/api/v1/programs", body);
                progress.phase("  tạo chương trình " + p.code());
            } else {
                progress.phase("  chương trình " + p.code() + " đã có, dùng lại");
            }
            programs.put(p.code(), program);
            String programId = program.path("id").asText();
            JsonNode topics = program.path("topics");
            for (int i = 0; i < Math.min(p.topicsImplemented(), topics.size()); i++) {
                JsonNode topic = topics.get(i);
                Map<String, Object> task = new LinkedHashMap<>();
                task.put("topicId", topic.path("id").asLong());
                task.put("title", "Triển khai chuyên đề: " + topic.path("title").asText());
                task.put("unitPath", s.unit());
                task.put("assignedDate", p.tasksAssigned());
                task.put("dueDate", p.tasksAssigned().plusMonths(18));
                api.post(officer, "/api/v1/tasks", task);
            }
            ids.put(p.code(), programId);
        }
        for (Scenario.Instrument i : s.program().instruments()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", i.type());
            body.put("number", i.number());
            body.put("issuedDate", i.issuedDate());
            body.put("issuer", i.issuer());
            body.put("title", i.title());
            if (i.programCode() != null && programs.containsKey(i.programCode())) {
                body.put("programId", programs.get(i.programCode()).path("id").asLong());
            }
            List<Map<String, Object>> groups = new ArrayList<>();
            for (int g = 0; g < i.solutionGroups().size(); g++) {
                groups.add(Map.of("number", g + 1, "title", i.solutionGroups().get(g)));
            }
            body.put("solutionGroups", groups);
            JsonNode created = api.post(officer, "/api/v1/instruments", body);
            ids.put(i.number(), created.path("id").asText());
            for (JsonNode group : created.path("solutionGroups")) {
                Map<String, Object> task = new LinkedHashMap<>();
                task.put("solutionGroupId", group.path("id").asLong());
                task.put("title", "Thực hiện nhóm giải pháp: " + group.path("title").asText());
                task.put("unitPath", s.unit());
                task.put("assignedDate", i.tasksAssigned());
                task.put("dueDate", i.tasksAssigned().plusMonths(12));
                api.post(officer, "/api/v1/tasks", task);
            }
        }
        for (Scenario.Conference c : s.program().conferences()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("heldDate", c.date());
            body.put("title", c.title());
            body.put("online", c.online());
            body.put("connectedSites", c.sites());
            body.put("delegates", c.delegates());
            api.post(officer, "/api/v1/conferences", body);
        }
    }

    private JsonNode findProgram(String code) {
        JsonNode page = api.get(s.officials().program(),
                "/api/v1/programs?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        for (JsonNode p : page.path("items")) {
            if (code.equals(p.path("code").asText())) {
                return api.get(s.officials().program(), "/api/v1/programs/" + p.path("id").asText());
            }
        }
        return null;
    }
}
