package vn.minhbach.programs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.officer;
import static vn.minhbach.programs.Fixtures.reporter;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.programs.service.ProgressService;

/** Programs, instruments, tasks, targets, progress reports, overdue tasks, review and indicators (units 01.961…). */
@QuarkusTest
class ProgramWorkflowTest {

    static final String DISTRICT = "01.961";
    static final String WARD = "01.961.00001";
    static final String OTHER = "01.969";

    @Inject
    ProgressService progress;

    static long program(String code) {
        return officer(DISTRICT).body(Map.of("code", code, "title", "Chương trình " + code, "issuingBody", "Quận uỷ",
                "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long topic(long program, int number, String lead) {
        return officer(DISTRICT).body(Map.of("number", number, "title", "Chuyên đề " + number, "leadUnitPath", lead))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long task(long topic, String unit, String due) {
        return officer(DISTRICT).body(Map.of("topicId", topic, "title", "Nhiệm vụ", "unitPath", unit,
                "assignedDate", "2022-01-03", "dueDate", due)).post("/api/v1/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void programIgnoresServerFieldsAndRefusesDuplicatesAndBadInput() {
        Map<String, Object> body = new HashMap<>(Map.of("code", "W1-CTr/QU", "title", "Chương trình thử",
                "issuingBody", "Quận uỷ", "periodStart", 2021, "periodEnd", 2025));
        body.put("status", "COMPLETED");
        body.put("id", 999999);
        body.put("createdBy", "someone-else");
        officer(DISTRICT).body(body).post("/api/v1/programs").then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("id", not(equalTo(999999))).body("unitPath", equalTo(DISTRICT));
        officer(DISTRICT).body(body).post("/api/v1/programs").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("title", equalTo("Số hiệu chương trình đã tồn tại"));
        officer(DISTRICT).header("Accept-Language", "en").body(body).post("/api/v1/programs").then().statusCode(409)
                .body("title", equalTo("Program code already used"));
        officer(DISTRICT).body(Map.of("code", "W2-CTr/QU", "title", "x", "issuingBody", "Quận uỷ", "periodStart", 2025,
                "periodEnd", 2021)).post("/api/v1/programs").then().statusCode(422)
                .body("detail", containsString("2021"));
        officer(DISTRICT).body(Map.of("code", "W3-CTr/QU", "issuingBody", "Quận uỷ", "periodStart", 2021,
                "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", hasItem(containsString("title")));
        officer(DISTRICT).body("{\"code\": ").post("/api/v1/programs").then().statusCode(400)
                .body("stackTrace", equalTo(null));
        // A program officer may not file a program for a unit outside its subtree.
        officer(DISTRICT).body(Map.of("code", "W4-CTr/QU", "title", "x", "issuingBody", "Quận uỷ", "unitPath", OTHER,
                "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(404);
    }

    @Test
    void instrumentsAndTasksFollowTheirRules() {
        long program = program("W5-CTr/QU");
        long topic = topic(program, 1, DISTRICT);
        officer(DISTRICT).body(Map.of("number", 1, "title", "again", "leadUnitPath", DISTRICT))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(409);
        officer(DISTRICT).body(Map.of("kind", "PLAN", "number", "W-KH-1", "issuedDate", "2022-01-01", "issuer", "Quận uỷ",
                "title", "Kế hoạch", "solutionGroups", List.of(Map.of("number", 1, "title", "g"))))
                .post("/api/v1/instruments").then().statusCode(422);
        officer(DISTRICT).body(Map.of("kind", "PLAN", "number", "W-KH-2", "issuedDate", LocalDate.now().plusDays(3).toString(),
                "issuer", "Quận uỷ", "title", "Kế hoạch")).post("/api/v1/instruments").then().statusCode(400)
                .body("errors.field", hasItem(containsString("issuedDate")));
        officer(DISTRICT).body(Map.of("kind", "TREATY", "number", "W-KH-3", "issuedDate", "2022-01-01",
                "issuer", "Quận uỷ", "title", "Kế hoạch")).post("/api/v1/instruments").then().statusCode(400);
        // Exactly one of due date / recurrence, exactly one parent, due not before assignment.
        officer(DISTRICT).body(Map.of("topicId", topic, "title", "t", "unitPath", WARD, "assignedDate", "2022-01-03",
                "dueDate", "2022-03-01", "recurrence", "QUARTER")).post("/api/v1/tasks").then().statusCode(422);
        officer(DISTRICT).body(Map.of("title", "t", "unitPath", WARD, "assignedDate", "2022-01-03",
                "dueDate", "2022-03-01")).post("/api/v1/tasks").then().statusCode(422);
        officer(DISTRICT).body(Map.of("topicId", topic, "title", "t", "unitPath", WARD, "assignedDate", "2022-01-03",
                "dueDate", "2021-03-01")).post("/api/v1/tasks").then().statusCode(422);
        officer(DISTRICT).body(Map.of("topicId", topic, "title", "t", "unitPath", OTHER, "assignedDate", "2022-01-03",
                "dueDate", "2022-03-01")).post("/api/v1/tasks").then().statusCode(404);
        long task = task(topic, WARD, "2022-03-01");
        as("leader-other", OTHER, "leader").get("/api/v1/tasks/" + task).then().statusCode(404);
        as("leader", DISTRICT, "leader").get("/api/v1/tasks/" + task).then().statusCode(200).body("status", equalTo("OPEN"));
        officer(DISTRICT).body(Map.of("kind", "NUMERIC", "targetValue", 3)).put("/api/v1/tasks/" + task + "/target")
                .then().statusCode(422);
        officer(DISTRICT).body(Map.of("kind", "MILESTONE", "milestone", "Ban hành", "metric", "PERSON_VISITS"))
                .put("/api/v1/tasks/" + task + "/target").then().statusCode(422);
        officer(DISTRICT).body(Map.of("kind", "MILESTONE", "milestone", "Ban hành kế hoạch", "milestoneDate", "2022-03-01"))
                .put("/api/v1/tasks/" + task + "/target").then().statusCode(200).body("kind", equalTo("MILESTONE"));
    }

    @Test
    void progressReportsAreSubmittedReviewedAndLatenessRecorded() {
        long topic = topic(program("W6-CTr/QU"), 1, DISTRICT);
        long task = task(topic, WARD, "2022-03-01");
        Map<String, Object> report = new HashMap<>(Map.of("taskId", task, "period", "DUE", "value", 2,
                "narrative", "Đã triển khai", "evidenceRefs", List.of("VB-1"), "reportDate", "2022-03-05"));
        report.put("status", "ACCEPTED");
        report.put("late", false);
        // A reporter of another unit does not see the task.
        reporter(OTHER).body(report).post("/api/v1/progress-reports").then().statusCode(404);
        reporter(WARD).body(Map.of("taskId", task, "period", "2022-Q1", "narrative", "x"))
                .post("/api/v1/progress-reports").then().statusCode(422);
        long first = reporter(WARD).body(report).post("/api/v1/progress-reports").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("late", equalTo(true)).body("unitPath", equalTo(WARD))
                .extract().jsonPath().getLong("id");
        reporter(WARD).body(report).post("/api/v1/progress-reports").then().statusCode(409);
        officer(DISTRICT).body(Map.of()).post("/api/v1/progress-reports/" + first + "/return").then().statusCode(400);
        officer(DISTRICT).body(Map.of("reason", "Thiếu tài liệu kèm theo")).post("/api/v1/progress-reports/" + first + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("Thiếu tài liệu kèm theo"));
        report.put("reportDate", "2022-02-20");
        long second = reporter(WARD).body(report).post("/api/v1/progress-reports").then().statusCode(201)
                .body("late", equalTo(false)).extract().jsonPath().getLong("id");
        officer(OTHER).post("/api/v1/progress-reports/" + second + "/accept").then().statusCode(404);
        officer(DISTRICT).post("/api/v1/progress-reports/" + second + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reviewedBy", equalTo("officer-" + DISTRICT));
        officer(DISTRICT).post("/api/v1/progress-reports/" + second + "/accept").then().statusCode(409);
        as("leader", DISTRICT, "leader").get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("status", equalTo("DONE")).body("completedDate", equalTo("2022-02-20"));
        as("auditor", DISTRICT, "auditor").get("/api/v1/progress-reports?taskId=" + task).then().statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void overdueTasksAreListedForTheUnitAndAnnouncedOnce() {
        String ward = "01.961.00002";
        // Today in Hà Nội, as the service counts it: the UTC date is a day behind from 17:00 UTC.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        long topic = topic(program("W7-CTr/QU"), 1, DISTRICT);
        long overdue = task(topic, ward, "2022-01-31");
        long notYet = officer(DISTRICT).body(Map.of("topicId", topic, "title", "Chưa đến hạn", "unitPath", ward,
                "assignedDate", "2022-01-03", "dueDate", today.toString())).post("/api/v1/tasks").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        reporter(ward).get("/api/v1/tasks/overdue-for-my-unit").then().statusCode(200)
                .body("items.id", hasItem((int) overdue)).body("items.id", not(hasItem((int) notYet)))
                .body("totalItems", equalTo(1));
        as("leader-other", OTHER, "leader").get("/api/v1/tasks/overdue-for-my-unit").then().statusCode(200)
                .body("items.id", not(hasItem((int) overdue)));
        progress.announceOverdue(today);
        assertEquals(0, progress.announceOverdue(today), "a second check announces nothing new");
        var events = Fixtures.programEvents(ward, Duration.ofSeconds(20),
                found -> found.stream().anyMatch(e -> e.path("type").asText().equals("task.overdue")));
        var overdueEvents = events.stream().filter(e -> e.path("type").asText().equals("task.overdue")).toList();
        assertEquals(1, overdueEvents.size(), () -> "exactly one task.overdue: " + events);
        assertEquals(String.valueOf(overdue), overdueEvents.get(0).path("subject").asText());
        assertEquals("2022-01-31", overdueEvents.get(0).path("data").path("dueDate").asText());
    }

    @Test
    void reviewListsWhatLacksTasksTargetsOrDirectives() {
        String unit = "01.961.00003";
        long program = program("W8-CTr/QU");
        long lonely = topic(program, 1, unit);
        long busy = topic(program, 2, unit);
        long directive = officer(DISTRICT).body(Map.of("kind", "DIRECTIVE", "number", "W-CT-1", "issuedDate", "2021-06-01",
                "issuer", "Thành uỷ", "issuerUnitPath", unit, "title", "Chỉ thị")).post("/api/v1/instruments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long untargeted = task(busy, unit, "2025-12-31");
        long undirected = task(busy, unit, "2025-12-31");
        long aligned = task(busy, unit, "2025-12-31");
        officer(DISTRICT).body(Map.of("kind", "NUMERIC", "targetValue", 10, "measureUnit", "cuộc", "direction", "AT_LEAST"))
                .put("/api/v1/tasks/" + undirected + "/target").then().statusCode(200);
        officer(DISTRICT).body(Map.of("kind", "NUMERIC", "targetValue", 10, "measureUnit", "cuộc", "direction", "AT_LEAST",
                "implementsInstrumentId", directive)).put("/api/v1/tasks/" + aligned + "/target").then().statusCode(200);
        as("leader", DISTRICT, "leader").get("/api/v1/programs/review?unit=" + unit).then().statusCode(200)
                .body("topicsWithoutTasks.id", equalTo(List.of((int) lonely)))
                .body("instrumentsWithoutTasks.id", equalTo(List.of((int) directive)))
                .body("tasksWithoutTargets.id", equalTo(List.of((int) untargeted)))
                .body("targetsWithoutDirective.id", equalTo(List.of((int) undirected)));
    }

    @Test
    void indicatorsCompareAchievedWithTargetAndRollUp() {
        String district = "01.964";
        String ward = "01.964.00001";
        long program = officer(district).body(Map.of("code", "W9-CTr/QU", "title", "x", "issuingBody", "Quận uỷ",
                "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long topic = officer(district).body(Map.of("number", 1, "title", "t", "leadUnitPath", district))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        long computed = officer(district).body(Map.of("topicId", topic, "title", "Tiếp nhận đơn", "unitPath", ward,
                "assignedDate", "2021-12-01", "recurrence", "YEAR")).post("/api/v1/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer(district).body(Map.of("kind", "NUMERIC", "targetValue", 3, "measureUnit", "đơn", "direction", "AT_LEAST",
                "metric", "PETITIONS_RECEIVED")).put("/api/v1/tasks/" + computed + "/target").then().statusCode(200);
        long typed = officer(district).body(Map.of("topicId", topic, "title", "Tỷ lệ hồ sơ trễ hạn", "unitPath", district,
                "assignedDate", "2021-12-01", "recurrence", "YEAR")).post("/api/v1/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer(district).body(Map.of("kind", "NUMERIC", "targetValue", 5, "measureUnit", "%", "direction", "AT_MOST"))
                .put("/api/v1/tasks/" + typed + "/target").then().statusCode(200);
        long report = reporter(district).body(Map.of("taskId", typed, "period", "2022", "value", 7, "narrative", "7%",
                "reportDate", "2023-01-05")).post("/api/v1/progress-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        officer(district).post("/api/v1/progress-reports/" + report + "/accept").then().statusCode(200);
        List<Fixtures.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = Fixtures.uuid("p-ind-" + i);
            events.add(Fixtures.petitionEvent("petition.received", id, Map.of("unitPath", ward, "petitionId", id,
                    "number", "I-" + i, "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                    "receivedDate", "2022-0" + (i + 1) + "-10", "anonymous", false)));
        }
        Fixtures.send(events);
        Fixtures.await("4 petitions in the read model", Duration.ofSeconds(60), () ->
                as("leader", district, "leader").get("/api/v1/indicators?unit=" + district + "&period=2022").then()
                        .extract().jsonPath().getInt("indicators.find { it.taskId == " + computed + " }.achieved") == 4);
        as("leader", district, "leader").get("/api/v1/indicators?unit=" + district + "&period=2022").then().statusCode(200)
                .body("indicators.find { it.taskId == " + computed + " }.computed", equalTo(true))
                .body("indicators.find { it.taskId == " + computed + " }.met", equalTo(true))
                .body("indicators.find { it.taskId == " + typed + " }.achieved", equalTo(7.0f))
                .body("indicators.find { it.taskId == " + typed + " }.met", equalTo(false))
                .body("rollup.find { it.unitPath == '" + district + "' }.targets", equalTo(2))
                .body("rollup.find { it.unitPath == '" + district + "' }.met", equalTo(1))
                .body("rollup.find { it.unitPath == '" + district + "' }.notMet", equalTo(1))
                .body("rollup.find { it.unitPath == '" + ward + "' }.met", equalTo(1));
        as("leader", district, "leader").get("/api/v1/indicators?unit=" + district + "&period=2022-Q5").then().statusCode(400);
        as("leader", ward, "leader").get("/api/v1/indicators?unit=" + district + "&period=2022").then().statusCode(404);
    }

    @Test
    void conferencesAndBriefingsAreRecordedInScope() {
        String unit = "01.961.00004";
        officer(DISTRICT).body(Map.of("unitPath", unit, "heldDate", "2022-04-01", "title", "Hội nghị trực tiếp",
                "online", false, "connectedSites", 5, "delegates", 100)).post("/api/v1/conferences").then().statusCode(422);
        officer(DISTRICT).body(Map.of("unitPath", unit, "heldDate", "2022-04-01", "title", "Hội nghị",
                "online", true, "connectedSites", -1, "delegates", 100)).post("/api/v1/conferences").then().statusCode(400);
        long id = officer(DISTRICT).body(Map.of("unitPath", unit, "heldDate", "2022-04-01", "title", "Hội nghị trực tuyến",
                "online", true, "connectedSites", 14, "delegates", 700)).post("/api/v1/conferences").then().statusCode(201)
                .body("connectedSites", equalTo(14)).extract().jsonPath().getLong("id");
        as("leader", unit, "leader").get("/api/v1/conferences/" + id).then().statusCode(200).body("delegates", equalTo(700));
        as("leader", OTHER, "leader").get("/api/v1/conferences/" + id).then().statusCode(404);
        officer(DISTRICT).body(Map.of("unitPath", unit, "heldDate", "2022-04-05", "title", "Giao ban quý I"))
                .post("/api/v1/briefings").then().statusCode(201).body("id", notNullValue());
        as("leader", unit, "leader").get("/api/v1/briefings").then().statusCode(200).body("totalItems", equalTo(1));
    }
}
