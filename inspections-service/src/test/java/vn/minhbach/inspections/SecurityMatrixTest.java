package vn.minhbach.inspections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.inspections.rest.Roles;
import vn.minhbach.testing.RoleCatalogue;
import vn.minhbach.testing.TestTokens;

/**
 * The role × endpoint matrix of docs/inspections.md, one test per cell: an allowed role gets past
 * authorisation (whatever the business answer, never 401/403), any other role gets 403, no token 401.
 */
@QuarkusTest
class SecurityMatrixTest {

    static final String UNIT = "01.981";
    static final Set<String> READ = Set.of("inspector", "leader", "auditor", "admin");
    static final Set<String> SUBJECT_WRITE = Set.of("inspector", "admin");
    static final Set<String> INSPECTOR = Set.of("inspector");
    static final Set<String> LEADER = Set.of("leader");
    /** Every role of {@link Roles} and every other role of the realm: none typed here, none missed. */
    static final List<String> ROLES = RoleCatalogue.matrixRoles(Roles.class);
    static final String ID = "3f0e1a52-9a2b-4c55-8d3e-0c1b2a3d4e5f";

    record Endpoint(String method, String path, String contentType, String body, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        String json = "application/json";
        String csv = "text/csv";
        Set<String> openForUnit = Set.of("inspector", "leader", "auditor", "admin", "unit-reporter");
        Set<String> statistics = Set.of("inspector", "leader", "auditor", "admin", "statistics-reader");
        return List.of(
                new Endpoint("POST", "/api/v1/party-organisations", json, "{}", SUBJECT_WRITE),
                new Endpoint("GET", "/api/v1/party-organisations", null, null, READ),
                new Endpoint("GET", "/api/v1/party-organisations/" + ID, null, null, READ),
                new Endpoint("POST", "/api/v1/party-organisations/import", csv, "", SUBJECT_WRITE),
                new Endpoint("GET", "/api/v1/party-organisations/export", null, null, READ),
                new Endpoint("POST", "/api/v1/party-members", json, "{}", SUBJECT_WRITE),
                new Endpoint("GET", "/api/v1/party-members", null, null, READ),
                new Endpoint("GET", "/api/v1/party-members/" + ID, null, null, READ),
                new Endpoint("POST", "/api/v1/party-members/" + ID + "/relations", json, "{}", SUBJECT_WRITE),
                new Endpoint("POST", "/api/v1/party-members/import", csv, "", SUBJECT_WRITE),
                new Endpoint("GET", "/api/v1/party-members/export", null, null, READ),
                new Endpoint("POST", "/api/v1/inspection-plans", json, "{}", INSPECTOR),
                new Endpoint("GET", "/api/v1/inspection-plans", null, null, READ),
                new Endpoint("GET", "/api/v1/inspection-plans/" + ID, null, null, READ),
                new Endpoint("POST", "/api/v1/inspection-plans/" + ID + "/items", json, "{}", INSPECTOR),
                new Endpoint("POST", "/api/v1/teams", json, "{}", INSPECTOR),
                new Endpoint("GET", "/api/v1/teams", null, null, READ),
                new Endpoint("GET", "/api/v1/teams/" + ID, null, null, READ),
                new Endpoint("POST", "/api/v1/teams/" + ID + "/decision", json, "{}", LEADER),
                new Endpoint("POST", "/api/v1/teams/" + ID + "/start", json, "{}", INSPECTOR),
                new Endpoint("POST", "/api/v1/teams/" + ID + "/conclusion", json, "{}", INSPECTOR),
                new Endpoint("POST", "/api/v1/teams/" + ID + "/publication", json, "{}", LEADER),
                new Endpoint("GET", "/api/v1/leads", null, null, READ),
                new Endpoint("GET", "/api/v1/leads/" + ID, null, null, READ),
                new Endpoint("POST", "/api/v1/leads/" + ID + "/team", json, "{}", INSPECTOR),
                new Endpoint("POST", "/api/v1/leads/" + ID + "/dismissal", json, "{}", INSPECTOR),
                new Endpoint("GET", "/api/v1/recommendations", null, null, READ),
                new Endpoint("GET", "/api/v1/recommendations/open-for-my-unit", null, null, openForUnit),
                new Endpoint("GET", "/api/v1/recommendations/" + ID, null, null, READ),
                new Endpoint("POST", "/api/v1/recommendations/" + ID + "/updates", json, "{}", INSPECTOR),
                new Endpoint("GET", "/api/v1/inspections/statistics", null, null, statistics),
                new Endpoint("GET", "/api/v1/audit/inspections", null, null, Set.of("auditor")),
                new Endpoint("GET", "/api/v1/audit/inspections/verification", null, null, Set.of("auditor")));
    }

    /** Public operations, tested in {@link #publicResultsNeedNoToken}. */
    static final List<String> PUBLIC = List.of("GET /api/v1/public/inspection-results");

    @org.junit.jupiter.api.Test
    void everyOperationOfTheOpenApiDocumentIsInTheMatrix() {
        List<String> matrix = new ArrayList<>(PUBLIC);
        endpoints().forEach(e -> matrix.add(e.method() + " " + e.path()));
        String openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                vn.minhbach.testing.OpenApiMatrix.missing(openApi, matrix),
                "operations without a row in the role x endpoint matrix (docs/inspections.md)");
    }

    static Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (String role : ROLES) {
                out.add(Arguments.of(e, role));
            }
        }
        return out.stream();
    }

    static String token(String role) {
        if (role.equals("statistics-reader")) {
            return TestTokensHolder.statisticsReader();
        }
        return TestTokens.token(role + "-user", UNIT, role);
    }

    private static RequestSpecification request(Endpoint e, RequestSpecification spec) {
        if (e.contentType() != null) {
            spec = spec.contentType(e.contentType()).body(e.body());
        }
        return spec;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void roleCell(Endpoint e, String role) {
        var response = request(e, given().auth().oauth2(token(role))).request(e.method(), e.path()).then();
        if (e.allowed().contains(role)) {
            response.statusCode(not(anyOf(is(401), is(403), is(500))));
        } else {
            response.statusCode(403);
        }
    }

    static Stream<Endpoint> allEndpoints() {
        return endpoints().stream();
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("allEndpoints")
    void anonymousIsRefused(Endpoint e) {
        request(e, given()).request(e.method(), e.path()).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} with an expired or foreign token")
    @MethodSource("allEndpoints")
    void badTokensAreRefused(Endpoint e) {
        request(e, given().auth().oauth2(TestTokens.expired("x", UNIT, "inspector", "leader", "admin")))
                .request(e.method(), e.path()).then().statusCode(401);
        request(e, given().auth().oauth2(TestTokens.otherAudience("x", UNIT, "inspector", "leader", "admin")))
                .request(e.method(), e.path()).then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void publicResultsNeedNoToken() {
        given().get("/api/v1/public/inspection-results").then().statusCode(200);
        given().auth().oauth2(token("citizen")).get("/api/v1/public/inspection-results").then().statusCode(200);
    }

    @org.junit.jupiter.api.Test
    void aTokenWithoutUnitCannotReadUnitData() {
        given().auth().oauth2(TestTokens.token("nounit", null, "inspector")).get("/api/v1/teams").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.token("nounit", null, "inspector")).get("/api/v1/teams/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
