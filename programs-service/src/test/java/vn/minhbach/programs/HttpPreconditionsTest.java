package vn.minhbach.programs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.officer;
import static vn.minhbach.programs.Fixtures.reporter;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.6 on programs-service: ETag on programs, tasks and progress reports; If-Match with a stale tag
 * is 412 and changes nothing; Idempotency-Key honoured on the POSTs that create and change (the chassis'
 * IdempotentInterceptor). Units 01.963… (no other test class uses them).
 */
@QuarkusTest
class HttpPreconditionsTest {

    static final String DISTRICT = "01.963";
    static final String WARD = "01.963.00001";

    static String code() {
        return "HP-" + UUID.randomUUID().toString().substring(0, 8) + "/QU";
    }

    static Map<String, Object> program(String code) {
        return Map.of("code", code, "title", "Chương trình " + code, "issuingBody", "Quận uỷ", "periodStart", 2021,
                "periodEnd", 2025);
    }

    @Test
    void aProgramRetriedWithItsKeyIsCreatedOnceAndItsTopicsChangeItsTag() {
        String code = code();
        String key = "program-" + UUID.randomUUID();
        var first = officer(DISTRICT).header("Idempotency-Key", key).body(program(code)).post("/api/v1/programs")
                .then().statusCode(201).extract();
        var again = officer(DISTRICT).header("Idempotency-Key", key).body(program(code)).post("/api/v1/programs")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        long id = first.jsonPath().getLong("id");
        assertEquals(id, again.jsonPath().getLong("id"));
        assertEquals(first.header("Location"), again.header("Location"));
        // another body with the same key is not a retry
        officer(DISTRICT).header("Idempotency-Key", key).body(program(code())).post("/api/v1/programs").then()
                .statusCode(409).body("type", containsString("idempotency-key-reused"));

        String tag = officer(DISTRICT).get("/api/v1/programs/" + id).then().statusCode(200)
                .header("ETag", matchesPattern("\"v\\d+\"")).extract().header("ETag");
        String after = officer(DISTRICT).header("If-Match", tag)
                .body(Map.of("number", 1, "title", "Chuyên đề 1", "leadUnitPath", DISTRICT))
                .post("/api/v1/programs/" + id + "/topics").then().statusCode(201).extract().header("ETag");
        assertNotEquals(tag, after);
        officer(DISTRICT).get("/api/v1/programs/" + id).then().header("ETag", equalTo(after))
                .body("topics.size()", equalTo(1));
        // the tag read before the topic was added is stale: 412, and no second topic
        officer(DISTRICT).header("If-Match", tag)
                .body(Map.of("number", 2, "title", "Chuyên đề 2", "leadUnitPath", DISTRICT))
                .post("/api/v1/programs/" + id + "/topics").then().statusCode(412)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("precondition-failed"));
        officer(DISTRICT).get("/api/v1/programs/" + id).then().body("topics.size()", equalTo(1));
    }

    @Test
    void aReviewActsOnlyOnTheReportItsReviewerRead() {
        long program = officer(DISTRICT).body(program(code())).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long topic = officer(DISTRICT).body(Map.of("number", 1, "title", "Chuyên đề", "leadUnitPath", DISTRICT))
                .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
        long task = officer(DISTRICT).body(Map.of("topicId", topic, "title", "Nhiệm vụ", "unitPath", WARD,
                "assignedDate", "2022-01-03", "dueDate", "2022-03-01")).post("/api/v1/tasks").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String taskTag = officer(DISTRICT).get("/api/v1/tasks/" + task).then().statusCode(200)
                .header("ETag", matchesPattern("\"v\\d+\"")).extract().header("ETag");
        officer(DISTRICT).header("If-Match", "\"v999\"")
                .body(Map.of("kind", "MILESTONE", "milestone", "Ban hành kế hoạch", "milestoneDate", "2022-03-01"))
                .put("/api/v1/tasks/" + task + "/target").then().statusCode(412);
        officer(DISTRICT).header("If-Match", taskTag)
                .body(Map.of("kind", "MILESTONE", "milestone", "Ban hành kế hoạch", "milestoneDate", "2022-03-01"))
                .put("/api/v1/tasks/" + task + "/target").then().statusCode(200);

        Map<String, Object> report = Map.of("taskId", task, "period", "DUE", "value", 1, "narrative", "Đã triển khai",
                "evidenceRefs", List.of("VB-1"), "reportDate", "2022-02-20");
        String key = "report-" + UUID.randomUUID();
        long id = reporter(WARD).header("Idempotency-Key", key).body(report).post("/api/v1/progress-reports").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        // a reporter's retry after a lost answer: the same report, not a 409 "already reported"
        reporter(WARD).header("Idempotency-Key", key).body(report).post("/api/v1/progress-reports").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        as("auditor", DISTRICT, "auditor").get("/api/v1/progress-reports?taskId=" + task).then()
                .body("totalItems", equalTo(1));

        String read = officer(DISTRICT).get("/api/v1/progress-reports/" + id).then().statusCode(200)
                .extract().header("ETag");
        String returned = officer(DISTRICT).header("If-Match", read).body(Map.of("reason", "Thiếu tài liệu"))
                .post("/api/v1/progress-reports/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).extract().header("ETag");
        assertNotEquals(read, returned);
        // a second reviewer acting on the report as read before the return: 412, the report stays returned
        officer(DISTRICT).header("If-Match", read).post("/api/v1/progress-reports/" + id + "/accept").then()
                .statusCode(412).body("type", containsString("precondition-failed"));
        officer(DISTRICT).get("/api/v1/progress-reports/" + id).then().body("status", equalTo("RETURNED"))
                .header("ETag", equalTo(returned));
        // a review retried with its key answers the first answer (not 409 "not submitted")
        String reviewKey = "review-" + UUID.randomUUID();
        reporter(WARD).body(Map.of("taskId", task, "period", "DUE", "value", 2, "narrative", "Bổ sung",
                "evidenceRefs", List.of("VB-2"), "reportDate", "2022-02-25")).post("/api/v1/progress-reports").then()
                .statusCode(201);
        long second = as("auditor", DISTRICT, "auditor").get("/api/v1/progress-reports?taskId=" + task + "&status=SUBMITTED")
                .then().extract().jsonPath().getLong("items[0].id");
        officer(DISTRICT).header("Idempotency-Key", reviewKey).post("/api/v1/progress-reports/" + second + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        officer(DISTRICT).header("Idempotency-Key", reviewKey).post("/api/v1/progress-reports/" + second + "/accept")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("ACCEPTED"));
    }
}
