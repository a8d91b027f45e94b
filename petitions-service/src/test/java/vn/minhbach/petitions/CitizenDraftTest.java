package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;
import vn.minhbach.testing.TestTokens;

/** Issue 20, point 5: less typing for a citizen — the petitioner comes from the login token. */
@QuarkusTest
class CitizenDraftTest {

    static final String UNIT = "01.935";

    /** Claims as Keycloak's profile and email scopes put them: {@code name} is given name first. */
    static RequestSpecification citizenAn() {
        return given().auth().oauth2(TestTokens.withClaims("citizen-draft-an", null, Map.of(
                        "name", "An Nguyễn Văn", "given_name", "An", "family_name", "Nguyễn Văn",
                        "email", "an.nv@example.vn"), "citizen"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void theDraftNamesThePetitionerInVietnameseOrderFromTheToken() {
        citizenAn().get("/api/v1/petitions/mine/draft").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("petitioner.name", is("Nguyễn Văn An"))
                .body("petitioner.email", is("an.nv@example.vn"))
                .body("petitioner.representative", is(true))
                .body("channel", is("MOBILE_APP"))
                .body("unitDirectory", is("/api/v1/units"));
    }

    @Test
    void aTokenWithOnlyANameIsTakenAsItIsAndWithoutOneTheDraftHasNoPetitioner() {
        given().auth().oauth2(TestTokens.withClaims("citizen-draft-b", null, Map.of("name", "Trần Thị Bình"), "citizen"))
                .get("/api/v1/petitions/mine/draft").then().statusCode(200)
                .body("petitioner.name", is("Trần Thị Bình"));
        as("citizen-draft-c", null, "citizen").get("/api/v1/petitions/mine/draft").then().statusCode(200)
                .body("$", not(hasKey("petitioner")));
    }

    @Test
    void onlyCitizensHaveADraft() {
        reception(UNIT).get("/api/v1/petitions/mine/draft").then().statusCode(403);
        given().get("/api/v1/petitions/mine/draft").then().statusCode(401);
    }

    @Test
    void aCitizenIntakeWithoutPetitionersRecordsTheTokensPetitioner() {
        var body = intake(UNIT, "COMPLAINT", LocalDate.of(2023, 1, 1), "Quyết định xử phạt 77/QĐ-XPVPHC",
                "Khiếu nại quyết định xử phạt " + System.nanoTime());
        body.remove("petitioners");
        body.put("channel", "MOBILE_APP");
        String id = citizenAn().body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("petition.petitionerCount", is(1)).extract().path("petition.id");
        as("custodian", UNIT, "identity-custodian").body(Map.of("reason", "Kiểm tra điền sẵn người gửi từ token"))
                .post("/api/v1/petitions/" + id + "/identity-reveals").then().statusCode(200)
                .body("petitioners[0].name", is("Nguyễn Văn An"))
                .body("petitioners[0].email", is("an.nv@example.vn"));
        // without a name in the token, a petitioner must still be given
        as("citizen-draft-d", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(422)
                .body("type", endsWith("petition.petitioners.required"));
    }
}
