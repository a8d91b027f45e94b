package vn.minhbach.programs.scope;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import vn.minhbach.testing.TestTokens;
import vn.minhbach.testing.UnitScopeByConstruction;

/**
 * Unit scope by construction ({@link UnitScopeByConstruction}) in programs-service: briefings, probed
 * by program officers through {@link ScopeProbeResource}.
 */
@QuarkusTest
class UnitScopeByConstructionTest extends UnitScopeByConstruction {

    @Override
    protected String role() {
        return "program-officer";
    }

    @Override
    protected String create(String unit) {
        return String.valueOf(given().auth().oauth2(TestTokens.token("o-" + unit, unit, "program-officer"))
                .contentType(ContentType.JSON).body(Map.of("heldDate", "2022-03-15", "title", "Giao ban thử"))
                .post("/api/v1/briefings").then().statusCode(201).extract().path("id").toString());
    }
}
