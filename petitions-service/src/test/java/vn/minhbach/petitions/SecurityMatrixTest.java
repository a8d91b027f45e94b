package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.minhbach.testing.RoleCatalogue;
import vn.minhbach.testing.TestTokens;

/**
 * The role × endpoint matrix of docs/petitions.md, one dynamic test per cell: no token → 401, a role
 * outside the cell → 403, a role in it → the success status.
 */
@QuarkusTest
class SecurityMatrixTest {

    static final String UNIT = "01.912";
    static final String USER = "matrix-user";
    /** Every role of {@link Roles} and every other role of the realm: none typed here, none missed. */
    static final List<String> ROLES = RoleCatalogue.matrixRoles(Roles.class);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** A real PDF: PDFs are rewritten without their metadata, so a fake one is refused (issue 20.1). */
    static final String SMALL_PDF = Base64.getEncoder().encodeToString(Documents.pdf("Test"));

    record Cell(String method, String template, Supplier<String> path, Supplier<Object> body, Set<String> allowed,
            int ok) {
    }

    static final Set<String> READERS = Set.of("reception-officer", "petition-handler", "leader", "auditor");
    static final Set<String> ALL = Set.copyOf(ROLES);

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    static String fresh() {
        return newPetition(UNIT, "DENUNCIATION", TODAY.minusDays(2));
    }

    static String acceptedComplex() {
        String id = fresh();
        move(UNIT, id, "ACCEPT", TODAY, "complexity", "COMPLEX");
        return id;
    }

    static String attachmentPath() {
        var body = intake(UNIT, "COMPLAINT", TODAY, "Có tệp", "Nội dung");
        body.put("attachments", List.of(Map.of("name", "a.pdf", "contentType", "application/pdf",
                "contentBase64", Base64.getEncoder().encodeToString(Documents.pdf("Tep")))));
        var r = reception(UNIT).body(body).post("/api/v1/petitions").then().statusCode(201).extract();
        return "/api/v1/petitions/" + r.path("petition.id") + "/attachments/" + r.path("petition.attachments[0].id");
    }

    static String citizensOwn() {
        var body = intake(UNIT, "FEEDBACK", TODAY, "Phản ánh", "Nội dung");
        body.put("channel", "WEB");
        String id = as(USER, UNIT, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        return "/api/v1/petitions/mine/" + id;
    }

    /** A file the citizen USER gave with their own petition (issue 20.3). */
    static String citizensFile() {
        var body = intake(UNIT, "FEEDBACK", TODAY, "Phản ánh có tệp", "Nội dung");
        body.put("channel", "WEB");
        body.put("attachments", List.of(Map.of("name", "c.pdf", "contentType", "application/pdf",
                "contentBase64", Base64.getEncoder().encodeToString(Documents.pdf("Cua toi")))));
        var r = as(USER, UNIT, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201).extract();
        return "/api/v1/petitions/mine/" + r.path("petition.id") + "/attachments/" + r.path("petition.attachments[0].id");
    }

    static String visitPath() {
        var body = new HashMap<String, Object>(Map.of("visitAt", TODAY.minusDays(1) + "T08:00:00", "place", "Trụ sở",
                "kind", "AD_HOC", "receivingOfficial", "Cán bộ", "people", 1, "summary", "Hỏi", "outcome", "OTHER"));
        return "/api/v1/reception-visits/" + reception(UNIT).body(body).post("/api/v1/reception-visits").then()
                .statusCode(201).extract().path("id");
    }

    static Object visitBody() {
        return Map.of("visitAt", TODAY.minusDays(1) + "T09:00:00", "place", "Trụ sở", "kind", "REGULAR",
                "receivingOfficial", "Cán bộ", "people", 2, "summary", "Hỏi thủ tục", "outcome", "GUIDANCE_GIVEN");
    }

    static Object ruleBody(int instance, String kind, int days) {
        return Map.of("kind", kind, "instance", instance, "phase", "ACCEPTANCE", "complexity", "NORMAL",
                "remoteArea", false, "days", days, "countUnit", "WORKING_DAYS", "maxExtensions", 0,
                "extensionDays", 0, "legalBasis", "Thông tư 05/2021/TT-TTCP (xử lý đơn)");
    }

    static String feedbackRulePath() {
        Number id = given().auth().oauth2(TestTokens.token("x", UNIT, "admin")).get("/api/v1/deadline-rules").then()
                .extract().path("find { it.kind == 'FEEDBACK' && it.instance == 1 }.id");
        return "/api/v1/deadline-rules/" + id;
    }

    static String open311ClientPath() {
        return "/api/v1/open311-clients/" + given().auth().oauth2(TestTokens.token("x", UNIT, "admin"))
                .contentType(ContentType.JSON).body(Map.of("name", "Ứng dụng sẽ thu hồi")).post("/api/v1/open311-clients")
                .then().statusCode(201).extract().path("id");
    }

    static List<Cell> cells() {
        String base = fresh();
        Supplier<String> one = () -> "/api/v1/petitions/" + base;
        Map<String, Object> intakeBody = intake(UNIT, "COMPLAINT", TODAY, "Quyết định", "Nội dung");
        intakeBody.remove("channel"); // each caller gets its own default channel
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("POST", "/petitions", () -> "/api/v1/petitions", () -> intakeBody,
                Set.of("reception-officer", "petition-handler", "citizen", "petition-intake"), 201));
        cells.add(new Cell("POST", "/petitions/batch", () -> "/api/v1/petitions/batch",
                () -> Map.of("items", List.of(Map.of("petition", intakeBody))),
                Set.of("reception-officer", "petition-handler", "petition-intake"), 200));
        cells.add(new Cell("GET", "/petitions", () -> "/api/v1/petitions", null,
                union(READERS, Set.of("petition-intake")), 200));
        // submitted by the integration client USER: its own (issue 19.1), and in the officials' unit
        String submitted = as(USER, "01", "petition-intake").body(intakeBody).post("/api/v1/petitions").then()
                .statusCode(201).extract().path("petition.id");
        cells.add(new Cell("GET", "/petitions/{id}", () -> "/api/v1/petitions/" + submitted, null,
                Set.of("reception-officer", "petition-handler", "leader", "auditor", "identity-custodian",
                        "petition-intake"), 200));
        cells.add(new Cell("GET", "/petitions/export", () -> "/api/v1/petitions/export", null,
                Set.of("petition-handler", "leader", "auditor"), 200));
        cells.add(new Cell("GET", "/petitions/due-soon", () -> "/api/v1/petitions/due-soon", null,
                Set.of("reception-officer", "petition-handler", "leader"), 200));
        cells.add(new Cell("GET", "/petitions/overdue", () -> "/api/v1/petitions/overdue", null,
                Set.of("reception-officer", "petition-handler", "leader"), 200));
        cells.add(new Cell("GET", "/petitions/statistics", () -> "/api/v1/petitions/statistics?from=2022-01-01&to=2022-12-31",
                null, Set.of("leader", "petition-handler", "unit-reporter", "auditor", "statistics-reader"), 200));
        cells.add(new Cell("GET", "/petitions/register", () -> "/api/v1/petitions/register", null,
                Set.of("leader", "petition-handler", "auditor"), 200));
        cells.add(new Cell("GET", "/petitions/mine", () -> "/api/v1/petitions/mine", null, Set.of("citizen"), 200));
        cells.add(new Cell("GET", "/petitions/mine/{id}", SecurityMatrixTest::citizensOwn, null, Set.of("citizen"), 200));
        cells.add(new Cell("GET", "/petitions/mine/draft", () -> "/api/v1/petitions/mine/draft", null, Set.of("citizen"), 200));
        cells.add(new Cell("POST", "/petitions/mine/{id}/additions", () -> citizensOwn() + "/additions",
                () -> Map.of("content", "Bổ sung thông tin"), Set.of("citizen"), 200));
        cells.add(new Cell("GET", "/petitions/mine/{id}/attachments", () -> citizensOwn() + "/attachments", null,
                Set.of("citizen"), 200));
        cells.add(new Cell("GET", "/petitions/mine/{id}/attachments/{aid}", SecurityMatrixTest::citizensFile, null,
                Set.of("citizen"), 200));
        cells.add(new Cell("POST", "/petitions/mine/{id}/withdrawals", () -> citizensOwn() + "/withdrawals",
                () -> Map.of("reason", "Rút đơn"), Set.of("citizen"), 200));
        cells.add(new Cell("GET", "/petitions/{id}/duplicates", () -> one.get() + "/duplicates", null,
                Set.of("reception-officer", "petition-handler"), 200));
        cells.add(new Cell("POST", "/petitions/{id}/transitions", () -> "/api/v1/petitions/" + fresh() + "/transitions",
                () -> step("ACCEPT", TODAY), Set.of("petition-handler"), 200));
        cells.add(new Cell("POST", "/petitions/{id}/extensions",
                () -> "/api/v1/petitions/" + acceptedComplex() + "/extensions",
                () -> Map.of("effectiveDate", TODAY.toString(), "days", 10, "documentReference", "GH-1",
                        "reason", "Phức tạp"), Set.of("petition-handler"), 200));
        cells.add(new Cell("POST", "/petitions/{id}/links", () -> "/api/v1/petitions/" + fresh() + "/links",
                () -> Map.of("kind", "REPEAT", "otherPetitionId", base, "effectiveDate", TODAY.toString(),
                        "documentReference", "L-1"), Set.of("petition-handler"), 200));
        cells.add(new Cell("PUT", "/petitions/{id}/register", () -> one.get() + "/register",
                () -> Map.of("complex", true, "prolonged", false, "crowded", false, "reasons", "Phức tạp",
                        "registerDate", TODAY.toString()), Set.of("petition-handler", "leader"), 200));
        cells.add(new Cell("POST", "/petitions/{id}/corruption-signs",
                () -> "/api/v1/petitions/" + fresh() + "/corruption-signs",
                () -> Map.of("summary", "Dấu hiệu", "flaggedDate", TODAY.toString()), Set.of("petition-handler"), 200));
        cells.add(new Cell("POST", "/petitions/{id}/attachments", () -> one.get() + "/attachments",
                () -> Map.of("name", "b.pdf", "contentType", "application/pdf", "contentBase64", SMALL_PDF),
                Set.of("reception-officer", "petition-handler"), 201));
        cells.add(new Cell("POST", "/uploads", () -> "/api/v1/uploads?name=a.jpg",
                () -> Photos.plainJpeg(8, 8),
                Set.of("reception-officer", "petition-handler", "citizen", "petition-intake"), 201));
        cells.add(new Cell("GET", "/petitions/{id}/attachments/{aid}", SecurityMatrixTest::attachmentPath, null,
                READERS, 200));
        cells.add(new Cell("POST", "/petitions/{id}/identity-reveals", () -> one.get() + "/identity-reveals",
                () -> Map.of("reason", "Kiểm tra ma trận phân quyền"), Set.of("identity-custodian"), 200));
        cells.add(new Cell("POST", "/reception-visits", () -> "/api/v1/reception-visits", SecurityMatrixTest::visitBody,
                Set.of("reception-officer", "petition-handler"), 201));
        cells.add(new Cell("GET", "/reception-visits", () -> "/api/v1/reception-visits", null, READERS, 200));
        cells.add(new Cell("GET", "/reception-visits/{id}", SecurityMatrixTest::visitPath, null, READERS, 200));
        cells.add(new Cell("GET", "/calendar/{year}", () -> "/api/v1/calendar/2022", null, ALL, 200));
        cells.add(new Cell("GET", "/calendar/due-date",
                () -> "/api/v1/calendar/due-date?start=2022-01-28&days=5&countUnit=WORKING_DAYS", null, ALL, 200));
        cells.add(new Cell("PUT", "/calendar/{year}", () -> "/api/v1/calendar/2018",
                () -> Map.of("days", List.of(Map.of("day", "2018-01-01", "kind", "HOLIDAY", "name", "Tết Dương lịch"))),
                Set.of("admin"), 200));
        cells.add(new Cell("GET", "/deadline-rules", () -> "/api/v1/deadline-rules", null, ALL, 200));
        cells.add(new Cell("GET", "/deadline-rules/{id}", SecurityMatrixTest::feedbackRulePath, null, ALL, 200));
        cells.add(new Cell("POST", "/deadline-rules", () -> "/api/v1/deadline-rules",
                () -> ruleBody(2, "FEEDBACK", 10), Set.of("admin"), 201));
        cells.add(new Cell("PUT", "/deadline-rules/{id}", SecurityMatrixTest::feedbackRulePath,
                () -> ruleBody(1, "FEEDBACK", 10), Set.of("admin"), 200));
        cells.add(new Cell("GET", "/petitions/mine/changes", () -> "/api/v1/petitions/mine/changes", null,
                Set.of("citizen"), 200));
        // a feedback just received has no first-instance decision to appeal: the citizen gets past
        // authorisation to the business answer (409), every other role 403
        cells.add(new Cell("POST", "/petitions/mine/{id}/appeals", () -> citizensOwn() + "/appeals",
                () -> Map.of("documentReference", "QĐ-1", "reason", "Không đồng ý với quyết định"), Set.of("citizen"),
                409));
        cells.add(new Cell("POST", "/open311-clients", () -> "/api/v1/open311-clients",
                () -> Map.of("name", "Ứng dụng ma trận"), Set.of("admin"), 201));
        cells.add(new Cell("GET", "/open311-clients", () -> "/api/v1/open311-clients", null, Set.of("admin"), 200));
        cells.add(new Cell("DELETE", "/open311-clients/{id}", SecurityMatrixTest::open311ClientPath, null,
                Set.of("admin"), 200));
        cells.add(new Cell("GET", "/audit/petitions", () -> "/api/v1/audit/petitions?entityType=petition", null, Set.of("auditor"), 200));
        cells.add(new Cell("GET", "/audit/petitions/verification", () -> "/api/v1/audit/petitions/verification", null,
                Set.of("auditor"), 200));
        return cells;
    }

    /** Public operations, tested in {@link #publicEndpointsNeedNoToken}. */
    static final List<String> PUBLIC = List.of("POST /api/v1/public/petitions", "POST /api/v1/public/petitions/status",
            "POST /api/v1/public/petitions/additions", "POST /api/v1/public/petitions/changes",
            "POST /api/v1/public/petitions/withdrawals", "POST /api/v1/public/uploads",
            "GET /api/v1/public/petitions/attachments", "GET /api/v1/public/petitions/attachments/{attachmentId}",
            "GET /open311/v2/discovery.json", "GET /open311/v2/services.json",
            "GET /open311/v2/services/{service_code}.json", "POST /open311/v2/requests.json",
            "GET /open311/v2/requests.json", "GET /open311/v2/requests/{service_request_id}.json");

    @Test
    void everyOperationOfTheOpenApiDocumentIsInTheMatrix() {
        List<String> matrix = new ArrayList<>(PUBLIC);
        cells().forEach(c -> matrix.add(c.method() + " /api/v1" + c.template()));
        String openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                vn.minhbach.testing.OpenApiMatrix.missing(openApi, matrix),
                "operations without a row in the role x endpoint matrix (docs/petitions.md)");
    }

    static Response call(RequestSpecification spec, Cell cell) {
        spec = spec.contentType(ContentType.JSON).accept("*/*");
        if (cell.body() != null) {
            Object body = cell.body().get();
            // an upload is the file's bytes as they are, not JSON
            spec = body instanceof byte[] bytes ? spec.contentType("image/jpeg").body(bytes) : spec.body(body);
        }
        return spec.request(cell.method(), cell.path().get());
    }

    @TestFactory
    Stream<DynamicTest> everyCell() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Cell cell : cells()) {
            String name = cell.method() + " " + cell.template();
            tests.add(DynamicTest.dynamicTest(name + " without token -> 401",
                    () -> call(given(), cell).then().statusCode(401)));
            for (String role : ROLES) {
                boolean allowed = cell.allowed().contains(role);
                int expected = allowed ? cell.ok() : 403;
                tests.add(DynamicTest.dynamicTest(name + " as " + role + " -> " + expected, () -> call(
                        given().auth().oauth2(TestTokens.token(USER, UNIT, role)), cell).then().statusCode(expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void publicEndpointsNeedNoToken() {
        var body = Map.of("unitPath", UNIT, "subject", Map.of("kind", "PERSON", "description", "Cán bộ"),
                "domains", List.of("OTHER"), "content", "Nội dung tố cáo");
        String code = given().contentType(ContentType.JSON).body(body).post("/api/v1/public/petitions").then()
                .statusCode(201).extract().path("receiptCode");
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code)).post("/api/v1/public/petitions/status")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code, "content", "Thêm"))
                .post("/api/v1/public/petitions/additions").then().statusCode(204);
        given().header("Receipt-Code", code).get("/api/v1/public/petitions/attachments").then().statusCode(200);
        // a file the receipt does not hold: 404, as for any file not the petitioner's (not 401)
        given().header("Receipt-Code", code).get("/api/v1/public/petitions/attachments/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code)).post("/api/v1/public/petitions/changes")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("receiptCode", code, "reason", "Rút tố cáo"))
                .post("/api/v1/public/petitions/withdrawals").then().statusCode(200);
        given().contentType("image/jpeg").queryParam("name", "a.jpg")
                .body(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0})
                .post("/api/v1/public/uploads").then()
                // no token needed: a cut-off JPEG is refused for what it is (422 attachment.malformed), never 401/403
                .statusCode(org.hamcrest.Matchers.allOf(not(401), not(403), lessThan(500)));
        // Open311 (issue 19.4): no bearer token; the api_key, where one is needed, is the app's, checked
        // by the service (Open311Test), so without one the answer is never 401
        given().get("/open311/v2/discovery.json").then().statusCode(200);
        given().get("/open311/v2/services.json").then().statusCode(200);
        for (String path : List.of("/open311/v2/services/FEEDBACK.json", "/open311/v2/requests.json",
                "/open311/v2/requests/00000000-0000-0000-0000-000000000000.json")) {
            given().get(path).then().statusCode(org.hamcrest.Matchers.allOf(not(401), lessThan(500)));
        }
        given().contentType(ContentType.JSON).body(Map.of()).post("/open311/v2/requests.json").then()
                .statusCode(org.hamcrest.Matchers.allOf(not(401), lessThan(500)));
    }

    @Test
    void expiredOrForeignTokensAreRefused() {
        given().auth().oauth2(TestTokens.expired(USER, UNIT, "leader")).get("/api/v1/petitions").then().statusCode(401);
        given().auth().oauth2(TestTokens.otherAudience(USER, UNIT, "leader")).get("/api/v1/petitions").then()
                .statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/api/v1/petitions").then().statusCode(401);
    }

    @Test
    void anOfficialWithoutAUnitClaimIsRefused() {
        given().auth().oauth2(TestTokens.token(USER, null, "leader")).get("/api/v1/petitions").then().statusCode(403);
    }
}
