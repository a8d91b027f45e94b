package vn.minhbach.petitions.units;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/**
 * Issue 17.6/17.7 in petitions-service, with the production setting minhbach.units.retired-tokens=refuse
 * (the rest of the suite accepts the historical 01.021 officials): an official whose token still
 * carries a retired unit gets a 403 problem naming the successors, on reads and writes alike, never an
 * empty list; a token whose unit is not in the registry is refused; a current ward's official passes.
 */
@QuarkusTest
@TestProfile(RetiredTokenTest.Refuse.class)
class RetiredTokenTest {

    public static class Refuse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minhbach.units.retired-tokens", "refuse");
        }
    }

    static RequestSpecification as(String unit, String role) {
        return given().auth().oauth2(TestTokens.token(role + "-" + unit, unit, role)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    @Test
    void aFormerWardsOfficialIsRefusedNamingTheSuccessors() {
        as("01.021.00611", "petition-handler").get("/api/v1/petitions").then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("type", containsString("unit.retired-token"))
                .body("detail", containsString("01.00611 Phường Xuân Đỉnh, 01.00160 Phường Nghĩa Đô, 01.00091 Phường Phú Thượng"));
        as("01.021.00611", "leader").get("/api/v1/petitions/00000000-0000-0000-0000-000000000000").then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("type", containsString("unit.retired-token"))
                .body("detail", containsString("01.00611 Phường Xuân Đỉnh, 01.00160 Phường Nghĩa Đô, 01.00091 Phường Phú Thượng"));
        as("01.021.00611", "reception-officer").body(Map.of("kind", "COMPLAINT", "channel", "IN_PERSON", "unitPath", "01.021.00611", "receivedDate", "2022-03-01", "subject", "x", "content", "x")).post("/api/v1/petitions").then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("type", containsString("unit.retired-token"))
                .body("detail", containsString("01.00611 Phường Xuân Đỉnh, 01.00160 Phường Nghĩa Đô, 01.00091 Phường Phú Thượng"));
    }

    @Test
    void aTokenWhoseUnitIsNotInTheRegistryIsRefused() {
        as("01.00999", "petition-handler").get("/api/v1/petitions").then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("type", containsString("unit.unregistered"))
                .body("detail", containsString("01.00999"));
    }

    @Test
    void anOfficialOfACurrentWardPasses() {
        as("01.00611", "petition-handler").get("/api/v1/petitions").then().statusCode(200);
    }
}
