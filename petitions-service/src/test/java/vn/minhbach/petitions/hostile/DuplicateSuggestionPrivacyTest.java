package vn.minhbach.petitions.hostile;

import static org.hamcrest.Matchers.*;
import static vn.minhbach.petitions.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who filed what is protected (Law on Denunciations 2018, Art. 47(1)(b)). A denouncer is recorded in
 * one ward; then each kind of caller files a petition in that person's name alone, as an attacker who
 * knows only the name would, and must learn nothing about the first filing: no suggestion, no number.
 * Only an official whose own subtree holds the denunciation is told of it.
 */
@QuarkusTest
class DuplicateSuggestionPrivacyTest {

    static final String DISTRICT = "01.908";
    static final String WARD_A = "01.908.00101";
    static final String WARD_B = "01.908.00102";

    String denunciationNumber;
    String name;

    @BeforeEach
    void aDenouncerIsOnFileInWardA() {
        name = "Lương Thị Hạnh " + System.nanoTime();
        var body = intake(WARD_A, "DENUNCIATION", LocalDate.of(2024, 5, 6), "Tố cáo cán bộ địa chính",
                "Nhận tiền để hợp thức hoá đất lấn chiếm");
        body.put("petitioners", List.of(nameOnly(name)));
        denunciationNumber = reception(WARD_A).body(body).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.number");
    }

    static Map<String, Object> nameOnly(String name) {
        return new java.util.HashMap<>(Map.of("name", name, "representative", true));
    }

    Map<String, Object> probe(String unit) {
        var body = intake(unit, "RECOMMENDATION", LocalDate.of(2024, 5, 7), "Kiến nghị chiếu sáng ngõ 12",
                "Đèn đường hỏng đã lâu");
        body.put("petitioners", List.of(nameOnly(name)));
        return body;
    }

    @Test
    void aCitizenFilingInTheDenouncersNameLearnsNothing() {
        var body = probe(WARD_B);
        body.put("channel", "MOBILE_APP");
        as("citizen-probe", null, "citizen").body(body).post("/api/v1/petitions").then().statusCode(201)
                .body("$", not(hasKey("duplicateSuggestions")))
                .body(not(containsString(denunciationNumber)));
    }

    @Test
    void anIntegrationClientFilingInTheDenouncersNameLearnsNothing() {
        as("svc-probe", "01", "petition-intake").body(probe(WARD_A)).post("/api/v1/petitions").then()
                .statusCode(201)
                .body("$", not(hasKey("duplicateSuggestions")))
                .body(not(containsString(denunciationNumber)));
    }

    @Test
    void anOfficialOfTheNeighbouringWardLearnsNothing() {
        reception(WARD_B).body(probe(WARD_B)).post("/api/v1/petitions").then().statusCode(201)
                .body("duplicateSuggestions", empty())
                .body(not(containsString(denunciationNumber)));
    }

    @Test
    void anOfficialOfTheNeighbouringWardReadingDuplicatesLearnsNothing() {
        String id = reception(WARD_B).body(probe(WARD_B)).post("/api/v1/petitions").then().statusCode(201)
                .extract().path("petition.id");
        handler(WARD_B).get("/api/v1/petitions/" + id + "/duplicates").then().statusCode(200)
                .body("number", not(hasItem(denunciationNumber)));
    }

    @Test
    void theWardsOwnOfficialAndTheDistrictAreTold() {
        reception(WARD_A).body(probe(WARD_A)).post("/api/v1/petitions").then().statusCode(201)
                .body("duplicateSuggestions.number", hasItem(denunciationNumber));
        reception(DISTRICT).body(probe(WARD_B)).post("/api/v1/petitions").then().statusCode(201)
                .body("duplicateSuggestions.number", hasItem(denunciationNumber));
    }

    @Test
    void thePublicFormAnswersOnlyItsReceipt() {
        var body = new java.util.HashMap<String, Object>();
        body.put("unitPath", WARD_A);
        body.put("subject", Map.of("kind", "PERSON", "description", "Cán bộ địa chính phường"));
        body.put("domains", List.of("LAND_MANAGEMENT"));
        body.put("content", "Tố cáo việc nhận tiền của " + name);
        io.restassured.RestAssured.given().contentType("application/json").body(body)
                .post("/api/v1/public/petitions").then().statusCode(201)
                .body("$", not(hasKey("duplicateSuggestions")))
                .body(not(containsString(denunciationNumber)));
    }
}
