package vn.minhbach.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unit scope by construction (docs/chassis.md section 5), the same in every service: a query with no
 * unit condition at all, JPQL or native SQL, still answers only the caller's subtree, because the
 * table's row-level security reads the scope the chassis sets on every connection.
 *
 * <p>A service's test extends this class ({@code @QuarkusTest}), names the role it calls with and how it
 * records a row of the probed table; the service's test sources hold a resource at
 * {@code /test/scope-probe} answering {@link ScopeProbe#answer} for that table.
 */
public abstract class UnitScopeByConstruction {

    protected static final String UNIT = "01.961";
    protected static final String CHILD = UNIT + ".00001";
    protected static final String SIBLING = "01.962";

    /** The role of the officials who probe (a role the probe resource allows). */
    protected abstract String role();

    /** Records a row of the probed table in {@code unit} through the service's API and answers its id. */
    protected abstract String create(String unit);

    /**
     * The same for the districts 01.019 and 01.021, retired on 1 July 2025 (unit registry): by default as
     * {@link #create}; a service whose records carry a business date records them before the reform.
     */
    protected String createInARetiredDistrict(String unit) {
        return create(unit);
    }

    private List<String> probe(String unit, String path) {
        return given().auth().oauth2(TestTokens.token("probe-" + unit, unit, role())).accept(ContentType.JSON)
                .get("/test/scope-probe/" + path).then().statusCode(200).extract().jsonPath().getList("", String.class);
    }

    @Test
    public void aQueryWithoutAnyUnitConditionReturnsOnlyTheCallersSubtree() {
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
        String token = TestTokens.token("probe", UNIT, role());
        given().auth().oauth2(token).get("/test/scope-probe/entities/" + child).then().statusCode(200);
        given().auth().oauth2(token).get("/test/scope-probe/entities/" + sibling).then().statusCode(404);
        // An official without a unit claim sees nothing, not everything.
        assertEquals(List.of(), given().auth().oauth2(TestTokens.token("nounit", null, role()))
                .get("/test/scope-probe/native").then().statusCode(200).extract().jsonPath().getList("", String.class));
    }

    /**
     * The case of the issue: an official of Nam Từ Liêm (01.019) reads no record of Bắc Từ Liêm (01.021),
     * neither through a native query that forgot its WHERE clause nor by the record's id.
     */
    @Test
    public void anOfficialOf01019CannotReadA01021RecordThroughAQueryThatForgotItsWhereClause() {
        String record = createInARetiredDistrict("01.021");
        createInARetiredDistrict("01.019");
        for (String path : List.of("native", "entities")) {
            List<String> seen = probe("01.019", path);
            assertTrue(seen.contains("01.019"), path + ": the query answers the caller's own records: " + seen);
            assertTrue(seen.stream().allMatch(u -> u.equals("01.019") || u.startsWith("01.019.")), path + ": " + seen);
            assertTrue(probe("01.021", path).contains("01.021"), path + ": the record exists for its own unit");
        }
        given().auth().oauth2(TestTokens.token("probe", "01.019", role()))
                .get("/test/scope-probe/entities/" + record).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("probe", "01.021", role()))
                .get("/test/scope-probe/entities/" + record).then().statusCode(200);
    }
}
