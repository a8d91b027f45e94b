package vn.minhbach.programs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.programs.rest.Roles;
import vn.minhbach.testing.RoleCatalogue;
import vn.minhbach.testing.TestTokens;

/**
 * The role × endpoint matrix of docs/programs.md, one case per cell: an allowed role gets past
 * authorisation (any answer but 401/403), every other role gets 403, no token gets 401.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String UNIT = "01.971";
    /** Every role of {@link Roles} and every other role of the realm: none typed here, none missed. */
    static final List<String> ROLES = RoleCatalogue.matrixRoles(Roles.class);
    /** The unit directory: any authenticated caller (issue 17.3); its changes: the administrator. */
    static final Set<String> ANYONE = Set.copyOf(ROLES);
    static final Set<String> ADMIN = Set.of("admin");
    static final Set<String> READERS = Set.of("program-officer", "unit-reporter", "leader", "auditor");
    static final Set<String> OFFICER = Set.of("program-officer");
    static final Set<String> REVIEWERS = Set.of("program-officer", "leader", "auditor");
    static final Set<String> REPORT_READERS = Set.of("program-officer", "leader", "auditor", "statistics-reader");
    /** The change feed and webhooks (issue 19.2, 19.3): officials of any unit role, and integration clients. */
    static final Set<String> FOLLOWERS = Set.of("reception-officer", "petition-handler", "inspector", "program-officer",
            "unit-reporter", "leader", "auditor", "admin", "petition-intake");
    static final String NO_SUBSCRIPTION = "/api/v1/webhook-subscriptions/00000000-0000-0000-0000-000000000000";

    record Endpoint(String method, String path, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/programs", OFFICER),
            new Endpoint("GET", "/api/v1/programs", READERS),
            new Endpoint("GET", "/api/v1/programs/999999", READERS),
            new Endpoint("POST", "/api/v1/programs/999999/topics", OFFICER),
            new Endpoint("GET", "/api/v1/programs/review", REVIEWERS),
            new Endpoint("POST", "/api/v1/instruments", OFFICER),
            new Endpoint("GET", "/api/v1/instruments", READERS),
            new Endpoint("GET", "/api/v1/instruments/999999", READERS),
            new Endpoint("POST", "/api/v1/tasks", OFFICER),
            new Endpoint("GET", "/api/v1/tasks", READERS),
            new Endpoint("GET", "/api/v1/tasks/overdue-for-my-unit", READERS),
            new Endpoint("GET", "/api/v1/tasks/999999", READERS),
            new Endpoint("PUT", "/api/v1/tasks/999999/target", OFFICER),
            new Endpoint("POST", "/api/v1/progress-reports", Set.of("unit-reporter")),
            new Endpoint("GET", "/api/v1/progress-reports", READERS),
            new Endpoint("GET", "/api/v1/progress-reports/999999", READERS),
            new Endpoint("POST", "/api/v1/progress-reports/999999/accept", OFFICER),
            new Endpoint("POST", "/api/v1/progress-reports/999999/return", OFFICER),
            new Endpoint("POST", "/api/v1/conferences", OFFICER),
            new Endpoint("GET", "/api/v1/conferences", READERS),
            new Endpoint("GET", "/api/v1/conferences/999999", READERS),
            new Endpoint("POST", "/api/v1/briefings", OFFICER),
            new Endpoint("GET", "/api/v1/briefings", READERS),
            new Endpoint("GET", "/api/v1/reports/period?from=2022-01-01&to=2022-12-31", REPORT_READERS),
            new Endpoint("GET", "/api/v1/reports/sources", REPORT_READERS),
            new Endpoint("GET", "/api/v1/indicators?period=2022", READERS),
            new Endpoint("GET", "/api/v1/tasks/999999/history", READERS),
            new Endpoint("GET", "/api/v1/units", ANYONE),
            new Endpoint("GET", "/api/v1/units/tree", ANYONE),
            new Endpoint("GET", "/api/v1/units/01.021", ANYONE),
            new Endpoint("POST", "/api/v1/units", ADMIN),
            new Endpoint("PUT", "/api/v1/units/01.021", ADMIN),
            new Endpoint("POST", "/api/v1/units/01.021/succession", ADMIN),
            new Endpoint("GET", "/api/v1/changes", FOLLOWERS),
            new Endpoint("POST", "/api/v1/webhook-subscriptions", FOLLOWERS),
            new Endpoint("GET", "/api/v1/webhook-subscriptions", FOLLOWERS),
            new Endpoint("GET", NO_SUBSCRIPTION, FOLLOWERS),
            new Endpoint("DELETE", NO_SUBSCRIPTION, FOLLOWERS),
            new Endpoint("GET", NO_SUBSCRIPTION + "/failed-deliveries", FOLLOWERS),
            new Endpoint("POST", NO_SUBSCRIPTION + "/deliveries/00000000-0000-0000-0000-000000000001/redeliver",
                    FOLLOWERS),
            new Endpoint("GET", "/api/v1/audit/programs", Set.of("auditor")),
            new Endpoint("GET", "/api/v1/audit/programs/verification", Set.of("auditor")));

    /** The public unit directory (issue 17.3): no token needed, tested in {@link #publicEndpointsNeedNoToken}. */
    static final List<String> PUBLIC = List.of("GET /api/v1/public/units", "GET /api/v1/public/units/01.021");

    @org.junit.jupiter.api.Test
    void publicEndpointsNeedNoToken() {
        for (String entry : PUBLIC) {
            int status = given().accept(ContentType.JSON).get(entry.substring(entry.indexOf(' ') + 1)).then().extract()
                    .statusCode();
            assertTrue(status != 401 && status != 403 && status < 500, entry + " without a token answered " + status);
        }
    }

    @org.junit.jupiter.api.Test
    void everyOperationOfTheOpenApiDocumentIsInTheMatrix() {
        List<String> matrix = new ArrayList<>(PUBLIC);
        ENDPOINTS.forEach(e -> matrix.add(e.method() + " " + e.path()));
        String openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of(), vn.minhbach.testing.OpenApiMatrix.missing(openApi, matrix),
                "operations without a row in the role x endpoint matrix (docs/programs.md)");
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            for (String role : ROLES) {
                cells.add(Arguments.of(e, role));
            }
        }
        return cells.stream();
    }

    static Stream<Endpoint> endpoints() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void cell(Endpoint endpoint, String role) {
        String token = role.equals("statistics-reader") ? Fixtures.integrationToken(role)
                : TestTokens.token("user-" + role, UNIT, role);
        int status = given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .request(endpoint.method(), endpoint.path()).then().extract().statusCode();
        if (endpoint.allowed().contains(role)) {
            assertTrue(status != 401 && status != 403 && status != 500, endpoint + " as " + role + " answered " + status);
        } else {
            assertEquals(403, status, endpoint + " as " + role);
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("endpoints")
    void withoutToken(Endpoint endpoint) {
        given().contentType(ContentType.JSON).body("{}").request(endpoint.method(), endpoint.path()).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} with a token for another audience")
    @MethodSource("endpoints")
    void otherAudience(Endpoint endpoint) {
        given().auth().oauth2(TestTokens.otherAudience("x", UNIT, "program-officer", "leader", "unit-reporter"))
                .contentType(ContentType.JSON).body("{}").request(endpoint.method(), endpoint.path()).then().statusCode(401);
    }
}
