package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 19.6: ETag / If-Match, Idempotency-Key on state changes, Location, gzip, statistics "as of". */
@QuarkusTest
class HttpSemanticsTest {

    static final String UNIT = "01.932";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    AgroalDataSource db;

    /**
     * Issue 19.6: the legal data administrators correct carries ETags too: a year's table of days off
     * (a never-published year is "v0") and a deadline rule; a correction made on a stale read is 412
     * and changes nothing.
     */
    @Test
    void aStaleCorrectionOfTheCalendarOrADeadlineRuleIsRefused() {
        String unpublished = admin().get("/api/v1/calendar/2029").then().statusCode(200)
                .body("status", is("PROVISIONAL")).extract().header("ETag");
        assertEquals("\"v0\"", unpublished);
        var table = java.util.Map.of("source", "Thông báo thử (test)", "days",
                java.util.List.of(java.util.Map.of("day", "2029-01-01", "kind", "HOLIDAY", "name", "Tết Dương lịch")));
        String published = admin().header("If-Match", unpublished).body(table).put("/api/v1/calendar/2029").then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(unpublished, published);
        admin().header("If-Match", unpublished).body(table).put("/api/v1/calendar/2029").then().statusCode(412)
                .body("type", endsWith("precondition-failed"));
        admin().get("/api/v1/calendar/2029").then().header("ETag", published);

        Number id = admin().get("/api/v1/deadline-rules").then().extract().path("[0].id");
        var rule = admin().get("/api/v1/deadline-rules/" + id).then().statusCode(200).extract();
        String tag = rule.header("ETag");
        assertTrue(tag.matches("\"v\\d+\""), tag);
        admin().header("If-Match", "\"v999\"").body(rule.jsonPath().getMap("$")).put("/api/v1/deadline-rules/" + id)
                .then().statusCode(412);
        admin().get("/api/v1/deadline-rules/" + id).then().header("ETag", tag);
    }

    @Test
    void aStaleIfMatchIs412AndTheCurrentTagIsAccepted() {
        String id = newPetition(UNIT, "COMPLAINT", TODAY.minusDays(3));
        String tag = handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .header("ETag", matchesPattern("\"v\\d+\"")).extract().header("ETag");

        Response accepted = handler(UNIT).header("If-Match", tag).body(step("ACCEPT", TODAY.minusDays(2)))
                .post("/api/v1/petitions/" + id + "/transitions");
        accepted.then().statusCode(200).body("status", is("ACCEPTED"));
        String newTag = accepted.header("ETag");
        assertNotNull(newTag);
        assertNotEquals(tag, newTag);
        assertEquals(newTag, handler(UNIT).get("/api/v1/petitions/" + id).header("ETag"));

        // someone acting on what they read before the acceptance
        handler(UNIT).header("If-Match", tag).header("Accept-Language", "en")
                .body(step("START_VERIFICATION", TODAY.minusDays(1)))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(412)
                .contentType(containsString("problem+json"))
                .body("type", endsWith("/precondition-failed"))
                .body("detail", containsString(newTag));
        handler(UNIT).get("/api/v1/petitions/" + id).then().body("status", is("ACCEPTED"));

        // with the fresh tag the next step goes through and changes the tag again
        handler(UNIT).header("If-Match", newTag).body(step("START_VERIFICATION", TODAY.minusDays(1)))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(200)
                .header("ETag", not(newTag));
    }

    @Test
    void aRetriedTransitionWithTheSameKeyIsAppliedOnce() throws Exception {
        String id = newPetition(UNIT, "COMPLAINT", TODAY.minusDays(3));
        String key = "tr-" + UUID.randomUUID();
        Response first = handler(UNIT).header("Idempotency-Key", key).body(step("ACCEPT", TODAY.minusDays(2)))
                .post("/api/v1/petitions/" + id + "/transitions");
        first.then().statusCode(200).header("Idempotent-Replayed", nullValue());
        Response again = handler(UNIT).header("Idempotency-Key", key).body(step("ACCEPT", TODAY.minusDays(2)))
                .post("/api/v1/petitions/" + id + "/transitions");
        again.then().statusCode(200).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(1, count("select count(*) from petition_transition where petition_id = ?::uuid and action = 'ACCEPT'", id));
        assertEquals(1, count("select count(*) from outbox where aggregate_id = ? and event_type = 'petition.accepted'", id));

        // the same key for another request: 409; without a key the repeat is the usual 409 of the state machine
        handler(UNIT).header("Idempotency-Key", key).body(step("NOT_ACCEPT", TODAY.minusDays(2)))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(409)
                .body("type", endsWith("/idempotency-key-reused"));
        handler(UNIT).body(step("ACCEPT", TODAY.minusDays(2))).post("/api/v1/petitions/" + id + "/transitions")
                .then().statusCode(409);
        // a malformed key is refused as on intake
        handler(UNIT).header("Idempotency-Key", "bad key").body(step("START_VERIFICATION", TODAY))
                .post("/api/v1/petitions/" + id + "/transitions").then().statusCode(400)
                .body("type", endsWith("/idempotency-key-invalid"));
    }

    @Test
    void locationCarriesTheForwardedPublicUrl() {
        var body = intake(UNIT, "COMPLAINT", TODAY, "Quyết định " + UUID.randomUUID(), "Nội dung");
        Response r = reception(UNIT).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.minhbach.example.vn").header("X-Forwarded-Port", "443")
                .body(body).post("/api/v1/petitions");
        r.then().statusCode(201);
        String id = r.path("petition.id");
        assertEquals("https://api.minhbach.example.vn/api/v1/petitions/" + id, r.header("Location"));
    }

    @Test
    void listsAreGzippedWhenTheClientAcceptsIt() {
        newPetition(UNIT, "COMPLAINT", TODAY);
        handler(UNIT).header("Accept-Encoding", "gzip").get("/api/v1/petitions").then().statusCode(200)
                .header("Content-Encoding", "gzip").body("totalItems", greaterThan(0));
        // RestAssured asks for gzip by itself unless told not to decode
        var plain = io.restassured.config.RestAssuredConfig.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        handler(UNIT).config(plain).header("Accept-Encoding", "identity").get("/api/v1/petitions").then()
                .statusCode(200).header("Content-Encoding", nullValue());
    }

    @Test
    void statisticsCountOverdueAsOfTodayWhenThePeriodEndsLater() {
        String unit = UNIT + ".00001";
        // received today: its 10-working-day acceptance clock ends in the future
        newPetition(unit, "COMPLAINT", TODAY);
        handler(unit).queryParam("from", TODAY.minusDays(1).toString())
                .queryParam("to", TODAY.plusMonths(3).toString())
                .get("/api/v1/petitions/statistics").then().statusCode(200)
                .body("received", is(1)).body("inProgress", is(1)).body("overdue", is(0));
    }

    long count(String sql, String param) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
