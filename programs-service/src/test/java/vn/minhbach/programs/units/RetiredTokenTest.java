package vn.minhbach.programs.units;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.RetiredTokenRefusal;

/**
 * Issue 17.6/17.7 in programs-service ({@link RetiredTokenRefusal}): a retired unit's official is
 * refused on the tasks, the unit registry and a new conference; a current ward's leader reads its unit.
 */
@QuarkusTest
@TestProfile(RetiredTokenRefusal.Refuse.class)
class RetiredTokenTest extends RetiredTokenRefusal {

    @Override
    protected List<Function<String, Response>> readsAndWrites() {
        return List.of(
                unit -> as(unit, "program-officer").get("/api/v1/tasks"),
                unit -> as(unit, "leader").get("/api/v1/units"),
                unit -> as(unit, "program-officer").body(Map.of("heldDate", "2022-03-01", "title", "x", "online", false,
                        "connectedSites", 0, "delegates", 1)).post("/api/v1/conferences"));
    }

    @Override
    @Test
    public void anOfficialOfACurrentWardPasses() {
        super.anOfficialOfACurrentWardPasses();
        as(CURRENT_WARD, "leader").get("/api/v1/units/" + CURRENT_WARD).then().statusCode(200)
                .body("unit.name", is("Phường Xuân Đỉnh"));
    }
}
