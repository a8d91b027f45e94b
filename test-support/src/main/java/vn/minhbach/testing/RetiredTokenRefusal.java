package vn.minhbach.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.6/17.7, the same in every service, with the production setting
 * {@code minhbach.units.retired-tokens=refuse} (the rest of a suite accepts the historical 01.021
 * officials): an official whose token still carries a retired unit gets a 403 problem naming the
 * successors, on reads and writes alike, never an empty list; a token whose unit is not in the registry
 * is refused; a current ward's official passes.
 *
 * <p>A service's test extends this class, is {@code @QuarkusTest @TestProfile(RetiredTokenRefusal.Refuse.class)}
 * and names its own requests ({@link #readsAndWrites()}).
 */
public abstract class RetiredTokenRefusal {

    /** A ward of the district 01.021 Bắc Từ Liêm, retired on 1 July 2025. */
    public static final String FORMER_WARD = "01.021.00611";
    /** The successors the registry names for {@link #FORMER_WARD}, in the problem's detail. */
    public static final String SUCCESSORS = "01.00611 Phường Xuân Đỉnh, 01.00160 Phường Nghĩa Đô, 01.00091 Phường Phú Thượng";
    /** A unit path the registry does not know. */
    public static final String UNREGISTERED = "01.00999";
    /** A current ward (Phường Xuân Đỉnh). */
    public static final String CURRENT_WARD = "01.00611";

    /** The production setting: a token carrying a retired unit is refused. */
    public static class Refuse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("minhbach.units.retired-tokens", "refuse");
        }
    }

    /** A request of an official of {@code unit} with {@code role}, JSON, answered in English. */
    protected static RequestSpecification as(String unit, String role) {
        return given().auth().oauth2(TestTokens.token(role + "-" + unit, unit, role)).contentType(ContentType.JSON)
                .header("Accept-Language", "en");
    }

    /**
     * The service's requests of an official of the given unit (see {@link #as}), reads and writes alike
     * (a write names the unit as its own). The first is an everyday read, which a current ward's
     * official may make.
     */
    protected abstract List<Function<String, Response>> readsAndWrites();

    @Test
    public void aFormerWardsOfficialIsRefusedNamingTheSuccessors() {
        List<Function<String, Response>> requests = readsAndWrites();
        if (requests.size() < 2) {
            throw new AssertionError("name reads and writes: " + requests.size() + " request(s)");
        }
        for (Function<String, Response> request : requests) {
            request.apply(FORMER_WARD).then().statusCode(403)
                    .contentType(containsString("application/problem+json")).body("type", containsString("unit.retired-token"))
                    .body("detail", containsString(SUCCESSORS));
        }
    }

    @Test
    public void aTokenWhoseUnitIsNotInTheRegistryIsRefused() {
        readsAndWrites().get(0).apply(UNREGISTERED).then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("type", containsString("unit.unregistered"))
                .body("detail", containsString(UNREGISTERED));
    }

    @Test
    public void anOfficialOfACurrentWardPasses() {
        readsAndWrites().get(0).apply(CURRENT_WARD).then().statusCode(200);
    }
}
