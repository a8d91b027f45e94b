package vn.minhbach.inspections;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.minhbach.testing.RetiredTokenRefusal;

/**
 * Issue 17.6/17.7 in inspections-service ({@link RetiredTokenRefusal}): a retired unit's official is
 * refused on the recommendations, an organisation unit's own list and a new party organisation.
 */
@QuarkusTest
@TestProfile(RetiredTokenRefusal.Refuse.class)
class RetiredTokenTest extends RetiredTokenRefusal {

    @Override
    protected List<Function<String, Response>> readsAndWrites() {
        return List.of(
                unit -> as(unit, "inspector").get("/api/v1/recommendations"),
                unit -> as(unit, "unit-reporter").get("/api/v1/recommendations/open-for-my-unit"),
                unit -> as(unit, "inspector").body(Map.of("kind", "PARTY_CELL", "name", "Chi bộ 1", "unitPath", unit))
                        .post("/api/v1/party-organisations"));
    }
}
