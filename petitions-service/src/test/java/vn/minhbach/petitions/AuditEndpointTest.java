package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.audit.AuditSealer;
import vn.minhbach.testing.TestTokens;

/** The auditor's view of the audit log: refused identity reveals are recorded, entries are unit-scoped. */
@QuarkusTest
class AuditEndpointTest {

    static final String UNIT = "01.951";
    static final String SIBLING = "01.952";

    @Inject
    AuditSealer sealer;

    private static long refusals(String auditorUnit, String id) {
        return ((Number) given().auth().oauth2(TestTokens.token("auditor-" + auditorUnit, auditorUnit, "auditor"))
                .get("/api/v1/audit/petitions?action=petition.identity-reveal-refused&entityId=" + id).then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }

    @Test
    void refusedRevealsAreAuditedAndAuditorsSeeOnlyTheirSubtree() throws Exception {
        String id = Api.newPetition(UNIT, "DENUNCIATION", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1));
        Map<String, String> body = Map.of("reason", "Xác minh theo yêu cầu của thanh tra");
        String path = "/api/v1/petitions/" + id + "/identity-reveals";
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("lead", UNIT, "leader")).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("custodian-other", SIBLING, "identity-custodian"))
                .contentType(ContentType.JSON).body(body).post(path).then().statusCode(404);
        long seen = 0;
        for (int i = 0; i < 50 && seen < 3; i++) {
            Thread.sleep(100);
            seen = refusals(UNIT, id);
        }
        assertEquals(3, seen, "401, 403 and 404 each leave an entry for the petition's unit");
        assertEquals(0, refusals(SIBLING, id), "an auditor of another district does not see them");

        given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions?entityId=" + id + "&from=2020-01-01&to=2099-12-31").then().statusCode(200)
                .body("items.unitPath", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(UNIT)));
        // Filters by actor and period, pages newest first.
        String refused = "&action=petition.identity-reveal-refused&entityId=" + id;
        given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions?actor=unauthenticated" + refused).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.is(1)).body("items[0].details", org.hamcrest.Matchers.containsString("401"));
        given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions?actor=custodian-other" + refused).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.is(1)).body("items[0].details", org.hamcrest.Matchers.containsString("404"));
        given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions?to=2020-12-31" + refused).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.is(0));
        var pageOne = given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions?size=2&page=0" + refused).then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.is(3)).body("items", org.hamcrest.Matchers.hasSize(2))
                .extract().jsonPath().getList("items.id", Long.class);
        var pageTwo = given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions?size=2&page=1" + refused).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1)).extract().jsonPath().getList("items.id", Long.class);
        assertTrue(pageOne.get(0) > pageOne.get(1) && pageOne.get(1) > pageTwo.get(0), "newest first: " + pageOne + pageTwo);
        sealer.sealNow();
        var verification = given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions/verification").then().statusCode(200).extract().jsonPath();
        assertTrue(verification.getBoolean("ok"));
        assertEquals("a1", verification.getString("headKeyId"));
        given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor"))
                .get("/api/v1/audit/petitions/verification?anchorSeq=1").then().statusCode(400);
        given().auth().oauth2(TestTokens.token("auditor", UNIT, "auditor")).get("/api/v1/audit/petitions?from=2022-02-30")
                .then().statusCode(400);
    }
}
