package vn.minhbach.petitions.units;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.minhbach.testing.RetiredTokenRefusal;

/**
 * Issue 17.6/17.7 in petitions-service ({@link RetiredTokenRefusal}): a retired unit's official is
 * refused on the petition list, one petition and a new petition.
 */
@QuarkusTest
@TestProfile(RetiredTokenRefusal.Refuse.class)
class RetiredTokenTest extends RetiredTokenRefusal {

    @Override
    protected List<Function<String, Response>> readsAndWrites() {
        return List.of(
                unit -> as(unit, "petition-handler").get("/api/v1/petitions"),
                unit -> as(unit, "leader").get("/api/v1/petitions/00000000-0000-0000-0000-000000000000"),
                unit -> as(unit, "reception-officer").body(Map.of("kind", "COMPLAINT", "channel", "IN_PERSON",
                        "unitPath", unit, "receivedDate", "2022-03-01", "subject", "x", "content", "x"))
                        .post("/api/v1/petitions"));
    }
}
