package vn.minhbach.chassis.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** Every error kind answers an RFC 9457 document, Vietnamese by default and English on request. */
@QuarkusTest
class ProblemDocumentTest {

    private static final String BASE = "/test/widgets";

    private static String valid() {
        return "{\"name\":\"a\",\"receivedDate\":\"2022-03-01\",\"count\":2,\"parts\":[{\"name\":\"p\"}]}";
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String key, String path) {
        return r.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://minhbach.vn/problems/" + key))
                .body("status", equalTo(status))
                .body("instance", equalTo(path))
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("at vn.")))
                .body(not(containsString("java.")));
    }

    @Test
    void aClientThatHangsUpMidRequestIsNotAnInternalError() {
        // What Vert.x raises when the client closes the connection while its body is read.
        var closed = new java.io.IOException(new java.io.IOException(new io.vertx.core.http.HttpClosedException("Connection was closed")));
        var answer = new ProblemMappers().unexpected(closed, null, null);
        org.junit.jupiter.api.Assertions.assertEquals(400, answer.getStatus());
        org.junit.jupiter.api.Assertions.assertNull(((Problem) answer.getEntity()).errorId(),
                "no error id: nothing for an operator to look up");
    }

    @Test
    void aConnectionLostAtCommitIsServiceUnavailableNotAnInternalError() {
        // A PostgreSQL restart can end a connection between a request's last statement and its commit.
        problem(given().contentType("application/json").body("{}").when().post(BASE + "/connection-lost-before-commit").then(), 503, "service-unavailable",
                BASE + "/connection-lost-before-commit")
                .header("Retry-After", "5");
    }

    @Test
    void validationListsEveryFieldAsTheClientNamedItInVietnamese() {
        String body = "{\"name\":\" \",\"receivedDate\":\"" + LocalDate.now().plusDays(3)
                + "\",\"count\":11,\"email\":\"x\",\"unitPath\":\"1.2\",\"parts\":[{\"name\":\"ok\"},{\"name\":\"\"}]}";
        problem(given().contentType("application/json").body(body).when().post(BASE).then(), 400, "validation", BASE)
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("errors.field", hasItems("name", "receivedDate", "count", "email", "unitPath", "parts[1].name"))
                .body("errors.find { it.field == 'name' }.message", equalTo("không được để trống"))
                .body("errors.find { it.field == 'count' }.message", equalTo("phải nhỏ hơn hoặc bằng 10"))
                .body("errors.find { it.field == 'receivedDate' }.message",
                        equalTo("không được là thời điểm trong tương lai"))
                .body("errors.field", not(hasItem(containsString("arg0"))));
    }

    @Test
    void validationInEnglish() {
        String body = "{\"name\":\"\",\"receivedDate\":\"2022-01-01\",\"count\":0,\"parts\":[]}";
        problem(given().header("Accept-Language", "en").contentType("application/json").body(body)
                .when().post(BASE).then(), 400, "validation", BASE)
                .body("title", equalTo("Invalid input"))
                .body("errors.find { it.field == 'name' }.message", equalTo("must not be blank"))
                .body("errors.find { it.field == 'count' }.message", equalTo("must be greater than or equal to 1"))
                .body("errors.find { it.field == 'parts' }.message", equalTo("must not be empty"));
    }

    @Test
    void queryParameterValidation() {
        problem(given().queryParam("size", 201).when().get(BASE + "/page").then(), 400, "validation", BASE + "/page")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("phải nhỏ hơn hoặc bằng 200"));
    }

    @Test
    void pagingDefaultsAndShape() {
        given().when().get(BASE + "/page").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("totalItems", equalTo(45))
                .body("items.size()", equalTo(20)).body("items[0]", equalTo("item-0"));
        given().queryParam("page", 2).queryParam("size", 20).when().get(BASE + "/page").then().statusCode(200)
                .body("items.size()", equalTo(5)).body("items[0]", equalTo("item-40"));
    }

    @Test
    void malformedJson() {
        problem(given().contentType("application/json").body("{\"name\": ").when().post(BASE).then(),
                400, "malformed-json", BASE).body("title", equalTo("Nội dung JSON không đọc được"));
        problem(given().header("Accept-Language", "en").contentType("application/json").body("{oops")
                .when().post(BASE).then(), 400, "malformed-json", BASE).body("title", equalTo("Unreadable JSON"));
    }

    /**
     * Bytes that are not UTF-8 inside a string value (0xC3 starts a two-byte sequence, 0x28 cannot
     * continue it) are refused, not stored as U+FFFD: the client learns that its text was damaged.
     */
    @Test
    void bodyThatIsNotUtf8IsRefused() {
        byte[] head = "{\"name\":\"Nguy".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "n\",\"receivedDate\":\"2022-03-01\",\"count\":2,\"parts\":[{\"name\":\"p\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xC3;
        body[head.length + 1] = 0x28;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        problem(given().contentType("application/json").body(body).when().post(BASE).then(), 400, "malformed-json", BASE)
                .body("title", equalTo("Nội dung JSON không đọc được"));
        problem(given().header("Accept-Language", "en").contentType("application/json; charset=UTF-8").body(body)
                .when().post(BASE).then(), 400, "malformed-json", BASE).body("title", equalTo("Unreadable JSON"));
    }

    /** An overlong encoding (C0 AF for "/") passes Jackson's own decoder; the chassis refuses it too. */
    @Test
    void overlongUtf8IsRefused() {
        byte[] body = ("{\"name\":\"..\u00C0\u00AF..\",\"receivedDate\":\"2022-03-01\",\"count\":2,"
                + "\"parts\":[{\"name\":\"p\"}]}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        problem(given().contentType("application/json").body(body).when().post(BASE).then(), 400, "malformed-json", BASE);
        // the same text correctly encoded is accepted: the check is about bytes, not about characters
        given().contentType("application/json").body(valid().replace("\"a\"", "\"Nguyễn/ễ\""))
                .when().post(BASE).then().statusCode(200).body("name", equalTo("Nguyễn/ễ"));
    }

    @Test
    void booleanParametersAcceptOnlyTrueOrFalse() {
        given().queryParam("archived", "TRUE").queryParam("urgent", "false").when().get(BASE + "/flags").then()
                .statusCode(200).body("archived", equalTo(true)).body("urgent", equalTo(false));
        given().when().get(BASE + "/flags").then().statusCode(200)
                .body("archived", equalTo("absent")).body("urgent", equalTo(false));
        problem(given().queryParam("archived", "yes").when().get(BASE + "/flags").then(), 400, "invalid-value",
                BASE + "/flags")
                .body("errors[0].field", equalTo("archived"))
                .body("errors[0].message", equalTo("Chỉ nhận true hoặc false"));
        problem(given().header("Accept-Language", "en").queryParam("urgent", "banana").when().get(BASE + "/flags")
                .then(), 400, "invalid-value", BASE + "/flags")
                .body("errors[0].field", equalTo("urgent"))
                .body("errors[0].message", equalTo("Only true or false is accepted"))
                .body("detail", equalTo("Field urgent has a value of the wrong type."));
    }

    @Test
    void typedParametersThatDoNotConvertAre400NamingTheParameterNot404() {
        String id = "3f2a1c9e-8d4b-4e7a-9c1f-2b3d4e5f6a7b";
        given().queryParam("colour", "RED").queryParam("from", "2021-02-28").queryParam("n", "12")
                .when().get(BASE + "/typed/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("colour", equalTo("RED")).body("from", equalTo("2021-02-28"))
                .body("n", equalTo(12));
        given().when().get(BASE + "/typed/" + id).then().statusCode(200).body("colour", equalTo("absent"));
        problem(given().queryParam("colour", "XYZ").when().get(BASE + "/typed/" + id).then(), 400, "invalid-enum",
                BASE + "/typed/" + id)
                .body("errors[0].field", equalTo("colour"))
                .body("detail", equalTo("Trường colour chỉ nhận một trong các giá trị: RED, GREEN."));
        problem(given().queryParam("from", "2021-02-30").when().get(BASE + "/typed/" + id).then(), 400,
                "invalid-value", BASE + "/typed/" + id).body("errors[0].field", equalTo("from"));
        problem(given().header("Accept-Language", "en").queryParam("n", "abc").when().get(BASE + "/typed/" + id)
                .then(), 400, "invalid-value", BASE + "/typed/" + id)
                .body("errors[0].field", equalTo("n"))
                .body("errors[0].message", equalTo("Must be a whole number within range"));
        problem(given().queryParam("n", "99999999999").when().get(BASE + "/typed/" + id).then(), 400,
                "invalid-value", BASE + "/typed/" + id).body("errors[0].field", equalTo("n"));
        problem(given().when().get(BASE + "/typed/not-a-uuid").then(), 400, "invalid-value", BASE + "/typed/not-a-uuid")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void aPageFarBeyondTheEndIs400NotAnOverflow() {
        given().queryParam("page", "1000000").queryParam("size", "200").when().get(BASE + "/named/x").then()
                .statusCode(200);
        problem(given().queryParam("page", "11000000").queryParam("size", "200").when().get(BASE + "/named/x")
                .then(), 400, "validation", BASE + "/named/x").body("errors[0].field", equalTo("page"));
        problem(given().queryParam("size", "abc").when().get(BASE + "/named/x").then(), 400, "invalid-value",
                BASE + "/named/x").body("errors[0].field", equalTo("size"));
    }

    @Test
    void wrongTypeNamesTheField() {
        String body = "{\"name\":\"a\",\"receivedDate\":\"not-a-date\",\"count\":2,\"parts\":[{\"name\":\"p\"}]}";
        problem(given().contentType("application/json").body(body).when().post(BASE).then(), 400, "invalid-value", BASE)
                .body("errors[0].field", equalTo("receivedDate"));
        String nested = "{\"name\":\"a\",\"receivedDate\":\"2022-01-01\",\"count\":\"many\",\"parts\":[{\"name\":\"p\"}]}";
        problem(given().header("Accept-Language", "en").contentType("application/json").body(nested)
                .when().post(BASE).then(), 400, "invalid-value", BASE)
                .body("errors[0].field", equalTo("count"))
                .body("detail", equalTo("Field count has a value of the wrong type."));
    }

    @Test
    void unknownEnumListsAllowedValues() {
        String body = valid().replace("\"count\":2", "\"count\":2,\"colour\":\"BLUE\"");
        problem(given().contentType("application/json").body(body).when().post(BASE).then(), 400, "invalid-enum", BASE)
                .body("errors[0].field", equalTo("colour"))
                .body("detail", equalTo("Trường colour chỉ nhận một trong các giá trị: RED, GREEN."));
        problem(given().header("Accept-Language", "en").contentType("application/json").body(body)
                .when().post(BASE).then(), 400, "invalid-enum", BASE)
                .body("detail", equalTo("Field colour accepts only: RED, GREEN."));
    }

    @Test
    void notFoundFromTheServiceBundle() {
        problem(given().when().get(BASE + "/nope").then(), 404, "widget.not-found", BASE + "/nope")
                .body("title", equalTo("Không tìm thấy widget"))
                .body("detail", equalTo("Không có widget nope."));
        problem(given().header("Accept-Language", "en-GB,en;q=0.9").when().get(BASE + "/nope").then(), 404,
                "widget.not-found", BASE + "/nope").body("detail", equalTo("There is no widget nope."));
    }

    @Test
    void unknownPath() {
        problem(given().when().get("/no/such/path").then(), 404, "not-found", "/no/such/path")
                .body("title", equalTo("Không tìm thấy"));
        problem(given().header("Accept-Language", "en").when().get("/no/such/path").then(), 404, "not-found",
                "/no/such/path").body("title", equalTo("Not found"));
    }

    @Test
    void methodNotAllowed() {
        problem(given().when().delete(BASE + "/page").then(), 405, "method-not-allowed", BASE + "/page")
                .body("title", equalTo("Phương thức không được phép"));
        problem(given().header("Accept-Language", "en").when().delete(BASE + "/page").then(), 405,
                "method-not-allowed", BASE + "/page").body("title", equalTo("Method not allowed"));
    }

    @Test
    void unsupportedMediaType() {
        problem(given().contentType("application/xml").body("<a/>").when().post(BASE).then(), 415,
                "unsupported-media-type", BASE).body("title", equalTo("Kiểu nội dung không được hỗ trợ"));
        problem(given().header("Accept-Language", "en").contentType("application/xml").body("<a/>")
                .when().post(BASE).then(), 415, "unsupported-media-type", BASE)
                .body("title", equalTo("Unsupported media type"));
    }

    @Test
    void payloadTooLarge() {
        String big = "{\"name\":\"" + "x".repeat(20_000) + "\"}";
        problem(given().contentType("application/json").body(big).when().post(BASE).then(), 413,
                "payload-too-large", BASE).body("title", equalTo("Nội dung quá lớn"));
        problem(given().header("Accept-Language", "en").contentType("application/json").body(big)
                .when().post(BASE).then(), 413, "payload-too-large", BASE).body("title", equalTo("Payload too large"));
    }

    @Test
    void unauthenticatedCarriesTheChallenge() {
        problem(given().when().get(BASE + "/mine").then(), 401, "unauthorized", BASE + "/mine")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("Chưa xác thực"));
        problem(given().header("Accept-Language", "en").when().get(BASE + "/mine").then(), 401, "unauthorized",
                BASE + "/mine").header("WWW-Authenticate", startsWith("Bearer"))
                .body("title", equalTo("Not authenticated"));
    }

    @Test
    void invalidTokenIsAProblemToo() {
        problem(given().auth().oauth2(TestTokens.expired("an", "01.021", "admin")).when().get(BASE + "/mine").then(),
                401, "unauthorized", BASE + "/mine").header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void forbiddenUsesTheServiceOverride() {
        String token = TestTokens.token("binh", "01.021", "inspector");
        problem(given().auth().oauth2(token).when().get(BASE + "/admin-only").then(), 403, "forbidden",
                BASE + "/admin-only").body("title", equalTo("Không có quyền (dịch vụ thử)"));
        problem(given().auth().oauth2(token).header("Accept-Language", "en").when().get(BASE + "/admin-only").then(),
                403, "forbidden", BASE + "/admin-only").body("title", equalTo("Forbidden (test service)"));
    }

    @Test
    void callerWithoutUnitIsForbidden() {
        String token = TestTokens.token("chi", null, "inspector");
        problem(given().auth().oauth2(token).when().get(BASE + "/mine").then(), 403, "unit.missing", BASE + "/mine")
                .body("title", equalTo("Chưa gán đơn vị"));
    }

    @Test
    void callerReadsTheUnitClaim() {
        String token = TestTokens.token("dung", "01.021", "inspector");
        given().auth().oauth2(token).when().get(BASE + "/mine").then().statusCode(200)
                .body("user", equalTo("dung")).body("unit", equalTo("01.021")).body("covers0101", equalTo(true));
    }

    @Test
    void staleVersionIsAConflict() {
        String id = given().contentType("application/json").body(valid()).when().post(BASE).then().statusCode(200)
                .extract().path("id");
        given().contentType("application/json").queryParam("version", 0).body("{\"name\":\"b\"}")
                .when().put(BASE + "/" + id).then().statusCode(200);
        problem(given().contentType("application/json").queryParam("version", 0).body("{\"name\":\"c\"}")
                .when().put(BASE + "/" + id).then(), 409, "stale-version", BASE + "/" + id)
                .body("title", equalTo("Dữ liệu đã bị thay đổi"));
        problem(given().header("Accept-Language", "en").contentType("application/json").queryParam("version", 0)
                .body("{\"name\":\"c\"}").when().put(BASE + "/" + id).then(), 409, "stale-version", BASE + "/" + id)
                .body("title", equalTo("Stale version"));
    }

    @Test
    void unexpectedFailureHidesItsCause() {
        problem(given().when().get(BASE + "/boom").then(), 500, "internal-error", BASE + "/boom")
                .body("title", equalTo("Lỗi hệ thống"))
                .body("errorId", notNullValue())
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalState")));
        problem(given().header("Accept-Language", "en").when().get(BASE + "/boom").then(), 500, "internal-error",
                BASE + "/boom").body("title", equalTo("Internal error")).body("errors", nullValue());
    }
}
