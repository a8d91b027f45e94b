package vn.minhbach.petitions.units;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import vn.minhbach.petitions.Api;
import vn.minhbach.petitions.Events;
import vn.minhbach.testing.Sql;
import vn.minhbach.testing.TestTokens;

/**
 * Every intake names a unit the registry knows on the received date (issue 17 point 4); the copy of
 * the registry follows programs-service's unit.* events, and unit.succession hands open petitions of a
 * retired unit to its successor.
 */
@QuarkusTest
class PetitionUnitsTest {

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROGRAMS = "minhbach.programs.v1";

    static String event(String type, String subject, Map<String, Object> data) {
        return JSON.createObjectNode().put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/minhbach/programs-service").put("type", type).put("subject", subject)
                .put("time", OffsetDateTime.now(ZoneOffset.UTC).toString()).put("datacontenttype", "application/json")
                .set("data", JSON.valueToTree(data)).toString();
    }

    static void await(BooleanSupplier condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(end), "condition not met within 30 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aPublicDenunciationIntoAnUnknownUnitIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("unitPath", "99.99999", "channel", "WEB",
                        "subject", Map.of("kind", "PERSON", "description", "Cán bộ", "unit", "Phòng"),
                        "domains", List.of("HARASSMENT"), "content", "Nội dung tố cáo"))
                .post("/api/v1/public/petitions").then().statusCode(422)
                .body("type", containsString("unit.unknown")).body("errors[0].field", is("unitPath"));
    }

    @Test
    void intakeIsCheckedAgainstTheRegistryOnTheReceivedDate() {
        // The integration client (unit 01) filing into a unit that does not exist.
        given().auth().oauth2(TestTokens.token("service-account-minhbach-integration", "01", "petition-intake"))
                .contentType(ContentType.JSON).body(Api.intake("01.00999", "COMPLAINT", LocalDate.of(2026, 3, 2), "QĐ 1", "x"))
                .post("/api/v1/petitions").then().statusCode(422).body("type", containsString("unit.unknown"));
        // The former district after the reform: 422 naming its successors.
        Api.reception("01").body(Api.intake("01.021", "COMPLAINT", LocalDate.of(2026, 3, 2), "QĐ 2", "x"))
                .post("/api/v1/petitions").then().statusCode(422).body("type", containsString("unit.retired"))
                .body("errors[0].field", is("unitPath")).body("detail", containsString("01.00611"));
        // The same district during the article's period, and a current ward after the reform: 201.
        Api.reception("01").body(Api.intake("01.021", "COMPLAINT", LocalDate.of(2022, 3, 2), "QĐ 3", "x"))
                .post("/api/v1/petitions").then().statusCode(201);
        Api.reception("01.00611").body(Api.intake("01.00611", "COMPLAINT", LocalDate.of(2025, 8, 4), "QĐ 4", "x"))
                .post("/api/v1/petitions").then().statusCode(201);
        // A reception visit is checked at its day.
        Api.reception("01").body(Map.of("unitPath", "01.00611", "visitAt", "2025-06-20T09:00:00", "place", "Trụ sở",
                        "kind", "REGULAR", "receivingOfficial", "Cán bộ tiếp dân", "people", 1, "summary", "Hướng dẫn",
                        "outcome", "GUIDANCE_GIVEN"))
                .post("/api/v1/reception-visits").then().statusCode(422).body("type", containsString("unit.not-yet-valid"));
    }

    @Test
    void theCopyFollowsTheRegistrysEventsAndSuccessionHandsOverOpenPetitions() {
        String unit = "01.00611.00042";
        Api.reception("01").body(Api.intake(unit, "COMPLAINT", LocalDate.of(2026, 2, 2), "QĐ 5", "x"))
                .post("/api/v1/petitions").then().statusCode(422);
        Map<String, Object> created = new java.util.HashMap<>(Map.of("path", unit, "name", "Tổ dân phố 42",
                "level", "COMMUNE", "parent", "01.00611", "validFrom", "2026-01-01", "bodies", List.of("PARTY_COMMITTEE"),
                "successors", List.of(), "source", "test", "version", 1));
        created.put("validTo", null); // programs-service publishes the whole unit: an open one with validTo null
        Events.send(PROGRAMS, unit, event("unit.created", unit, created));
        Events.send(PROGRAMS, unit, event("unit.created", unit, created)); // redelivered under another id: no effect
        await(() -> Api.reception("01").body(Api.intake(unit, "COMPLAINT", LocalDate.of(2026, 2, 2), "QĐ 6", "x"))
                .post("/api/v1/petitions").then().extract().statusCode() == 201);

        String open = Api.newPetition("01.021.00611", "COMPLAINT", LocalDate.of(2025, 5, 6));
        Api.handler("01.00611").get("/api/v1/petitions/" + open).then().statusCode(404);
        Events.send(PROGRAMS, "01.021.00611", event("unit.succession", "01.021.00611", Map.of("unitPath", "01.021.00611",
                "from", "01.021.00611", "to", "01.00611", "effectiveDate", "2025-07-01", "requestedBy", "admin-1")));
        await(() -> Api.handler("01.00611").get("/api/v1/petitions/" + open).then().extract().statusCode() == 200);
        Api.handler("01.00611").get("/api/v1/petitions/" + open).then().statusCode(200)
                .body("unitPath", is("01.00611")).body("history.action", hasItem("HAND_OVER"));
        Events.until(open, "petition.reassigned");
        // One audit entry and one history entry for the hand-over; a second delivery of the succession changes nothing.
        org.junit.jupiter.api.Assertions.assertEquals(1,
                Sql.count(db, "select count(*) from audit_log where entity_id = ? and action = 'petition.reassigned'", open));
        Api.handler("01.00611").get("/api/v1/petitions/" + open).then()
                .body("history.findAll { it.action == 'HAND_OVER' }.size()", is(1));
    }
}
