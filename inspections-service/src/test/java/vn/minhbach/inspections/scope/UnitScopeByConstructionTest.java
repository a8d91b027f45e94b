package vn.minhbach.inspections.scope;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.testing.TestTokens;
import vn.minhbach.testing.UnitScopeByConstruction;

/**
 * Unit scope by construction ({@link UnitScopeByConstruction}) in inspections-service: party
 * organisations, probed by inspectors through {@link ScopeProbeResource}.
 */
@QuarkusTest
class UnitScopeByConstructionTest extends UnitScopeByConstruction {

    @Override
    protected String role() {
        return "inspector";
    }

    @Override
    protected String create(String unit) {
        return given().auth().oauth2(TestTokens.token("i-" + unit, unit, "inspector")).contentType(ContentType.JSON)
                .body(Map.of("code", "SCOPE-" + UUID.randomUUID().toString().substring(0, 8), "name", "Chi bộ thử",
                        "kind", "PARTY_CELL", "unitPath", unit))
                .post("/api/v1/party-organisations").then().statusCode(201).extract().path("id");
    }
}
