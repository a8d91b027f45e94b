package vn.minhbach.programs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.officer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18.2 and 18.6 (01.987): program work counts by business date — a task assigned after the period
 * does not make a topic or a solution group "implemented" in it — and the review names each topic and
 * plan of the term without a task aligned with a directive, until one is assigned.
 */
@QuarkusTest
class ProgramWorkDatesTest {

    static final String UNIT = "01.987";
    static final String LEAD = "01.988";
    static final String YEAR_2021 = "/api/v1/reports/period?unit=" + UNIT + "&from=2021-01-01&to=2021-12-31";
    static final String YEAR_2022 = "/api/v1/reports/period?unit=" + UNIT + "&from=2022-01-01&to=2022-12-31";

    @Test
    void programWorkCountsByBusinessDateAndTheReviewNamesWhatIsNotAligned() {
        long program = officer("01").body(Map.of("code", "87-CTr/TU", "title", "Chương trình 87", "issuingBody",
                "Thành uỷ", "periodStart", 2021, "periodEnd", 2025)).post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long[] topics = new long[3];
        for (int n = 1; n <= 3; n++) {
            // Topics 1 and 2 led by another district: they count for 01.987 only through its tasks.
            topics[n - 1] = officer("01").body(Map.of("number", n, "title", "Chuyên đề " + n,
                    "leadUnitPath", n == 3 ? UNIT : LEAD)).post("/api/v1/programs/" + program + "/topics").then()
                    .statusCode(201).extract().jsonPath().getLong("id");
        }
        JsonPath project = officer("01").body(Map.of("kind", "PROJECT", "number", "87-ĐA/BCĐ", "issuedDate", "2020-06-01",
                "issuer", "Ban Chỉ đạo", "issuerUnitPath", "01", "title", "Đề án 87", "solutionGroups",
                List.of(Map.of("number", 1, "title", "Nhóm 1"), Map.of("number", 2, "title", "Nhóm 2"))))
                .post("/api/v1/instruments").then().statusCode(201).extract().jsonPath();
        long directive = officer("01").body(Map.of("kind", "DIRECTIVE", "number", "87-CT/TU", "issuedDate", "2021-02-01",
                "issuer", "Thành uỷ", "issuerUnitPath", "01", "title", "Chỉ thị 87")).post("/api/v1/instruments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        officer(UNIT).body(Map.of("kind", "PLAN", "number", "87-KH/QU", "issuedDate", "2021-03-01", "issuer", "Quận uỷ",
                "title", "Kế hoạch 87")).post("/api/v1/instruments").then().statusCode(201);
        task(Map.of("topicId", topics[0]), "2021-05-01");
        task(Map.of("topicId", topics[1]), "2022-02-01"); // after 2021
        task(Map.of("solutionGroupId", project.getLong("solutionGroups[0].id")), "2021-06-01");
        task(Map.of("solutionGroupId", project.getLong("solutionGroups[1].id")), "2022-03-01"); // after 2021

        as("leader", UNIT, "leader").get(YEAR_2021).then().statusCode(200)
                .body("programWork.programs.find { it.code == '87-CTr/TU' }.topicsImplemented", equalTo(2)) // 1 and 3 (lead)
                .body("programWork.projects.find { it.number == '87-ĐA/BCĐ' }.solutionGroupsImplemented", equalTo(1))
                .body("programWork.tasks", equalTo(2))
                .body("review.termStart", equalTo("2021-01-01"))
                .body("review.topicsWithoutAlignedTasks.number", equalTo(List.of(3)))
                .body("review.instrumentsWithoutAlignedTasks.number", equalTo(List.of("87-KH/QU")));
        as("leader", UNIT, "leader").get(YEAR_2022).then().statusCode(200)
                .body("programWork.programs.find { it.code == '87-CTr/TU' }.topicsImplemented", equalTo(3))
                .body("programWork.projects.find { it.number == '87-ĐA/BCĐ' }.solutionGroupsImplemented", equalTo(2));
        as("leader", UNIT, "leader").accept("text/markdown").get(YEAR_2021).then().statusCode(200)
                .body(containsString("Tổ chức thực hiện 2 chuyên đề của Chương trình số 87-CTr/TU."))
                .body(containsString("Rà soát lại 2 chuyên đề, kế hoạch, đề án từ 1/1/2021 đến 31/12/2021 chưa tích hợp"
                        + " các nhiệm vụ, chỉ tiêu theo chỉ đạo của Trung ương, Thành uỷ: chuyên đề 3 “Chuyên đề 3” của"
                        + " Chương trình số 87-CTr/TU; Kế hoạch số 87-KH/QU ngày 1/3/2021 “Kế hoạch 87”."));

        // A task of topic 3 whose target implements the city's directive: aligned from its assignment on.
        long aligned = task(Map.of("topicId", topics[2]), "2022-04-01");
        officer(UNIT).body(Map.of("kind", "MILESTONE", "milestone", "Ban hành quy chế", "milestoneDate", "2022-12-31",
                "implementsInstrumentId", directive)).put("/api/v1/tasks/" + aligned + "/target").then().statusCode(200);
        as("leader", UNIT, "leader").get(YEAR_2022).then().statusCode(200)
                .body("review.topicsWithoutAlignedTasks", hasSize(0))
                .body("review.instrumentsWithoutAlignedTasks.number", equalTo(List.of("87-KH/QU")));
        as("leader", UNIT, "leader").get(YEAR_2021).then()
                .body("review.topicsWithoutAlignedTasks.number", equalTo(List.of(3))); // assigned after 2021
        as("leader", UNIT, "leader").accept("text/csv").get(YEAR_2021).then().statusCode(200)
                .body(containsString("programWork,topicsImplemented,87-CTr/TU,2\r\n"))
                .body(containsString("review:topic,87-CTr/TU,Chuyên đề 3,3\r\n"))
                .body(not(containsString("programWork,topicsImplemented,87-CTr/TU,3\r\n")));
    }

    private static long task(Map<String, Object> parent, String assigned) {
        var body = new java.util.HashMap<String, Object>(parent);
        body.putAll(Map.of("title", "Nhiệm vụ " + assigned, "unitPath", UNIT, "assignedDate", assigned,
                "recurrence", "YEAR"));
        return officer(UNIT).body(body).post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
