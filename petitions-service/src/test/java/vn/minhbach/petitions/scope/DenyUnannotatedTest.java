package vn.minhbach.petitions.scope;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** A resource method without @RolesAllowed/@PermitAll/@Authenticated is refused to every caller. */
@QuarkusTest
class DenyUnannotatedTest {

    @Test
    void aMethodWithoutARoleAnnotationRunsForNobody() {
        given().get("/test/unannotated").then().statusCode(401);
        for (String role : new String[] {"leader", "admin", "auditor", "citizen"}) {
            given().auth().oauth2(TestTokens.token("x", "01.021", role)).get("/test/unannotated").then().statusCode(403);
        }
    }
}
