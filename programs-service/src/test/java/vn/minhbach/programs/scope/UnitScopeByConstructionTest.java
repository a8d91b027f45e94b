package vn.minhbach.programs.scope;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;


/**
 * Unit scope by construction (docs/chassis.md section 5): a query with no unit condition at all, JPQL
 * or native SQL ({@link ScopeProbeResource}), still answers only the caller's subtree, because the
 * table's row-level security reads the scope the chassis sets on every connection.
 */
@QuarkusTest
class UnitScopeByConstructionTest {

    static final String UNIT = "01.961";
    static final String CHILD = UNIT + ".00001";
    static final String SIBLING = "01.962";

    private static String create(String unit) {
        return String.valueOf(given().auth().oauth2(TestTokens.token("o-" + unit, unit, "program-officer"))
                .contentType(ContentType.JSON).body(Map.of("heldDate", "2022-03-15", "title", "Giao ban thử"))
                .post("/api/v1/briefings").then().statusCode(201).extract().path("id").toString());
    }

    private static List<String> probe(String unit, String path) {
        return given().auth().oauth2(TestTokens.token("probe-" + unit, unit, "program-officer")).accept(ContentType.JSON)
                .get("/test/scope-probe/" + path).then().statusCode(200).extract().jsonPath().getList("", String.class);
    }

    @Test
    void aQueryWithoutAnyUnitConditionReturnsOnlyTheCallersSubtree() {
        create(UNIT);
        String child = create(CHILD);
        String sibling = create(SIBLING);
        for (String path : List.of("entities", "native")) {
            List<String> units = probe(UNIT, path);
            assertTrue(units.containsAll(List.of(UNIT, CHILD)), path + ": " + units);
            assertTrue(units.stream().allMatch(u -> u.equals(UNIT) || u.startsWith(UNIT + ".")), path + ": " + units);
            assertEquals(List.of(CHILD), probe(CHILD, path), path + " for the child unit");
            List<String> siblings = probe(SIBLING, path);
            assertTrue(siblings.contains(SIBLING) && !siblings.contains(UNIT) && !siblings.contains(CHILD),
                    path + ": " + siblings);
        }
        // One record by id: outside the subtree it does not exist.
        String token = TestTokens.token("probe", UNIT, "program-officer");
        given().auth().oauth2(token).get("/test/scope-probe/entities/" + child).then().statusCode(200);
        given().auth().oauth2(token).get("/test/scope-probe/entities/" + sibling).then().statusCode(404);
        // An official without a unit claim sees nothing, not everything.
        assertEquals(List.of(), given().auth().oauth2(TestTokens.token("nounit", null, "program-officer"))
                .get("/test/scope-probe/native").then().statusCode(200).extract().jsonPath().getList("", String.class));
    }

    /**
     * The case of the issue: an official of Nam Từ Liêm (01.019) reads no record of Bắc Từ Liêm (01.021),
     * neither through a native query that forgot its WHERE clause nor by the record's id.
     */
    @Test
    void anOfficialOf01019CannotReadA01021RecordThroughAQueryThatForgotItsWhereClause() {
        String record = create("01.021");
        create("01.019");
        for (String path : List.of("native", "entities")) {
            List<String> seen = probe("01.019", path);
            assertTrue(seen.contains("01.019"), path + ": the query answers the caller's own records: " + seen);
            assertTrue(seen.stream().allMatch(u -> u.equals("01.019") || u.startsWith("01.019.")), path + ": " + seen);
            assertTrue(probe("01.021", path).contains("01.021"), path + ": the record exists for its own unit");
        }
        given().auth().oauth2(TestTokens.token("probe", "01.019", "program-officer"))
                .get("/test/scope-probe/entities/" + record).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("probe", "01.021", "program-officer"))
                .get("/test/scope-probe/entities/" + record).then().statusCode(200);
    }
}
