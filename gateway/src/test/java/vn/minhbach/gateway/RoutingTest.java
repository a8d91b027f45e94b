package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

@QuarkusTest
class RoutingTest {

    static final String TOKEN = TestTokens.token("an.nv", "01.021", "petition-handler");

    @ParameterizedTest
    @CsvSource({
            "/api/v1/petitions, petitions-service",
            "/api/v1/reception-visits/7, petitions-service",
            "/api/v1/deadline-rules, petitions-service",
            "/api/v1/teams/3/members, inspections-service",
            "/api/v1/recommendations, inspections-service",
            "/api/v1/party-members, inspections-service",
            "/api/v1/tasks/9, programs-service",
            "/api/v1/reports/period, programs-service",
            "/api/v1/indicators, programs-service",
            "/api/v1/changes, programs-service",
            "/api/v1/webhook-subscriptions/5/failed-deliveries, programs-service"})
    void routesEachPrefixToItsService(String path, String service) {
        given().auth().oauth2(TOKEN)
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(path));
    }

    /** Each service keeps its own audit log; the edge routes them by prefix and lets auditors alone through. */
    @ParameterizedTest
    @CsvSource({
            "/api/v1/audit/petitions?actor=an.nv, petitions-service",
            "/api/v1/audit/petitions/verification, petitions-service",
            "/api/v1/audit/inspections, inspections-service",
            "/api/v1/audit/inspections/verification, inspections-service",
            "/api/v1/audit/programs?page=1, programs-service",
            "/api/v1/audit/programs/verification, programs-service"})
    void routesEachServicesAuditLogToItForAuditorsOnly(String path, String service) {
        given().auth().oauth2(TestTokens.token("kiem.tv", "01.021", "auditor"))
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(path));
        given().auth().oauth2(TestTokens.token("lead", "01.021", "leader", "petition-handler", "inspector"))
                .when().get(path)
                .then().statusCode(403);
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void keepsQueryStringAndPassesTokenAndForwardingHeaders() {
        given().auth().oauth2(TOKEN)
                .header("Host", "api.minhbach.test")
                .header("X-Forwarded-For", "6.6.6.6")
                .header("Forwarded", "for=6.6.6.6")
                .when().get("/api/v1/petitions?status=RECEIVED&page=1")
                .then().statusCode(200)
                .body("uri", equalTo("/api/v1/petitions?status=RECEIVED&page=1"))
                .body("headers.authorization", equalTo("Bearer " + TOKEN))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo("api.minhbach.test"))
                .body("headers.forwarded", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void generatesRequestIdPassesItOnAndReturnsIt() {
        Response response = given().auth().oauth2(TOKEN).when().get("/api/v1/petitions");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("headers.x-request-id"));
        assertEquals(1, response.headers().getValues("X-Request-Id").size(), "one X-Request-Id, not the upstream's too");
    }

    @Test
    void echoesTheClientsRequestIdAndTraceparent() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().auth().oauth2(TOKEN)
                .header("X-Request-Id", "mobile-42.abc")
                .header("traceparent", traceparent)
                .when().get("/api/v1/tasks")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("mobile-42.abc"))
                .body("headers.x-request-id", equalTo("mobile-42.abc"))
                .body("headers.traceparent", equalTo(traceparent));
    }

    @Test
    void startsATraceWhenTheClientSentNone() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/tasks")
                .then().statusCode(200)
                .body("headers.traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void streamsRequestBodiesToTheService() {
        byte[] body = new byte[40_000];
        given().auth().oauth2(TOKEN)
                .contentType("application/json")
                .body(body)
                .when().post("/api/v1/petitions")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyBytes", equalTo(40_000));
    }

    @Test
    void refusesBodiesOverTheLimitBeforeForwarding() {
        int before = FakeUpstreams.hits("petitions");
        given().auth().oauth2(TOKEN)
                .contentType("application/json")
                .body(new byte[100_000])
                .when().post("/api/v1/petitions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertEquals(before, FakeUpstreams.hits("petitions"));
    }

    @Test
    void chunkedUploadsAreLimitedWhileStreaming() throws Exception {
        // A body of unknown length is sent chunked: no Content-Length for the edge to check.
        HttpResponse<String> tooLarge = postChunked(200_000);
        assertEquals(413, tooLarge.statusCode());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<String> fine = postChunked(30_000);
        assertEquals(200, fine.statusCode());
        io.restassured.path.json.JsonPath echo = new io.restassured.path.json.JsonPath(fine.body());
        assertEquals(30_000, echo.getInt("bodyBytes"));
        assertEquals("chunked", echo.getString("headers.transfer-encoding"));
    }

    private static HttpResponse<String> postChunked(int size) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/v1/petitions"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[size])))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void dotSegmentsCannotSmuggleAProtectedPathThroughAPublicPrefix() throws Exception {
        int before = FakeUpstreams.hits("petitions");
        // Raw request line: HTTP clients would normalise the path before sending it.
        try (var socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("GET /api/v1/public/../petitions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assertions.assertTrue(response.startsWith("HTTP/1.1 400"), response);
            org.junit.jupiter.api.Assertions.assertTrue(response.contains("gateway.bad-path"), response);
        }
        assertEquals(before, FakeUpstreams.hits("petitions"));
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/petitionsX")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"))
                .body("instance", equalTo("/api/v1/petitionsX"));
    }

    @Test
    void addsSecurityHeaders() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/petitions")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .header("Strict-Transport-Security", notNullValue());
    }
}
