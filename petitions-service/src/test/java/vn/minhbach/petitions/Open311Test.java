package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.petitions.service.IdentityCipher;
import vn.minhbach.testing.TestTokens;

/**
 * Issue 19.4: Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) for recommendations and
 * feedback, checked against the published specification: form-encoded POST, array answers, errors as
 * arrays of {code, description} with 400/403/404, open/closed statuses with status_notes,
 * agency_responsible, expected_datetime and updated_datetime; api_key of a registered client.
 */
@QuarkusTest
class Open311Test {

    static final String UNIT = "01.931";
    static final String BASE = "/open311/v2";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static String key;
    static String otherKey;

    @Inject
    AgroalDataSource db;
    @Inject
    IdentityCipher cipher;

    /** Registers the two clients once, when the application is up. */
    static synchronized void register() {
        if (key != null) {
            return;
        }
        key = admin().body(Map.of("name", "Ứng dụng phản ánh hiện trường")).post("/api/v1/open311-clients").then()
                .statusCode(201).header("Cache-Control", "no-store").body("apiKey", startsWith("o311_"))
                .extract().path("apiKey");
        otherKey = admin().body(Map.of("name", "Another app")).post("/api/v1/open311-clients").then().statusCode(201)
                .extract().path("apiKey");
    }

    static Map<String, Object> form(Object... pairs) {
        register();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("api_key", key);
        f.put("jurisdiction_id", UNIT);
        f.put("service_code", "FEEDBACK");
        f.put("lat", "21.0491");
        f.put("long", "105.7469");
        f.put("description", "Đèn đường ngõ 12 Phú Diễn hỏng đã hai tháng.");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                f.remove((String) pairs[i]);
            } else {
                f.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return f;
    }

    static RequestSpecification open311() {
        register();
        return given().accept(ContentType.JSON);
    }

    static Response post(Map<String, Object> form) {
        return open311().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(form).post(BASE + "/requests.json");
    }

    /** The spec's error answer: a JSON array of {code, description}, each code the HTTP status. */
    static void specError(Response r, int status, String descriptionPart) {
        r.then().statusCode(status).contentType(containsString("application/json"))
                .body("$", not(empty()))
                .body("code", everyItem(equalTo(status)))
                .body("description", hasItem(containsString(descriptionPart)));
    }

    static String create(Object... pairs) {
        return post(form(pairs)).then().statusCode(201).extract().path("[0].service_request_id");
    }

    @Test
    void discoveryAndServicesOfferOnlyRecommendationsAndFeedback() {
        open311().get(BASE + "/discovery.json").then().statusCode(200)
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", endsWith("/open311/v2"))
                .body("endpoints[0].formats", hasItem("application/json"));
        open311().get(BASE + "/services.json").then().statusCode(200)
                .body("service_code", containsInAnyOrder("RECOMMENDATION", "FEEDBACK"))
                .body("metadata", everyItem(equalTo(true)))
                .body("type", everyItem(equalTo("realtime")));
        open311().queryParam("jurisdiction_id", UNIT).get(BASE + "/services.json").then().statusCode(200);
        specError(open311().queryParam("jurisdiction_id", "02").get(BASE + "/services.json"), 404, "jurisdiction_id");
        open311().get(BASE + "/services/RECOMMENDATION.json").then().statusCode(200)
                .body("service_code", equalTo("RECOMMENDATION"))
                .body("attributes.code", hasItems("domain", "subject", "subject_kind", "subject_unit"))
                .body("attributes.find { it.code == 'domain' }.datatype", equalTo("multivaluelist"))
                .body("attributes.find { it.code == 'domain' }.values.key", hasItem("URBAN_MANAGEMENT"));
        // complaints and denunciations are not Open311 services (denouncer protection)
        for (String kind : List.of("COMPLAINT", "DENUNCIATION", "CRIME_REPORT", "nope")) {
            specError(open311().get(BASE + "/services/" + kind + ".json"), 404, "service_code");
        }
    }

    @Test
    void aRequestBecomesAFeedbackPetitionWhosePetitionerIsProtected() throws Exception {
        Response created = post(form("first_name", "Trần Thị", "last_name", "Bình", "email", "binh.open311@example.vn",
                "phone", "0987654321", "account_id", "acc-7", "attribute[domain][]", "URBAN_MANAGEMENT",
                "attribute[subject]", "Đèn đường ngõ 12 hỏng", "address_string", "Ngõ 12 Phú Diễn"));
        created.then().statusCode(201).contentType(containsString("application/json"))
                .body("$", hasSize(1))
                .body("[0].service_notice", containsString(UNIT + "-"))
                .body("[0].account_id", equalTo("acc-7"));
        String id = created.path("[0].service_request_id");

        // the unit's official sees a RECEIVED feedback on the app channel, with its domain and subject
        handler(UNIT).get("/api/v1/petitions/" + id).then().statusCode(200)
                .body("kind", equalTo("FEEDBACK")).body("status", equalTo("RECEIVED"))
                .body("channel", equalTo("MOBILE_APP")).body("domains", contains("URBAN_MANAGEMENT"));

        // the petitioner is stored like intake stores it: encrypted, readable only through the cipher
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "select name_enc, email_enc, phone_enc from petitioner where petition_id = ?::uuid")) {
            s.setString(1, id);
            ResultSet rs = s.executeQuery();
            assertTrue(rs.next());
            assertFalse(rs.getString(1).contains("Bình"));
            assertFalse(rs.getString(2).contains("binh.open311"));
            assertEquals("Trần Thị Bình", cipher.decrypt(rs.getString(1)));
            assertEquals("binh.open311@example.vn", cipher.decrypt(rs.getString(2)));
            assertEquals("0987654321", cipher.decrypt(rs.getString(3)));
        }

        // read back by its client: open, the due date, the unit, never the person nor the description
        Response one = open311().queryParam("api_key", key).get(BASE + "/requests/" + id + ".json");
        one.then().statusCode(200).body("$", hasSize(1))
                .body("[0].service_request_id", equalTo(id))
                .body("[0].status", equalTo("open"))
                .body("[0].service_code", equalTo("FEEDBACK"))
                .body("[0].status_notes", containsString("Received"))
                .body("[0].agency_responsible", notNullValue())
                .body("[0].address", equalTo("Ngõ 12 Phú Diễn"))
                .body("[0].lat", equalTo(21.0491f))
                .body("[0].long", equalTo(105.7469f));
        String expected = one.path("[0].expected_datetime");
        String requested = one.path("[0].requested_datetime");
        assertNotNull(expected);
        assertTrue(expected.endsWith("+07:00"), expected);
        OffsetDateTime.parse(requested);
        OffsetDateTime.parse((String) one.path("[0].updated_datetime"));
        String due = handler(UNIT).get("/api/v1/petitions/" + id).then().extract().path("acceptanceDueDate");
        assertTrue(expected.startsWith(due), expected + " vs " + due);
        String body = one.asString();
        for (String secret : List.of("Bình", "binh.open311", "0987654321", "Đèn đường ngõ 12 Phú Diễn hỏng đã")) {
            assertFalse(body.contains(secret), "leaked " + secret + ": " + body);
        }
        String list = open311().queryParam("api_key", key).get(BASE + "/requests.json").asString();
        for (String secret : List.of("Bình", "binh.open311", "0987654321")) {
            assertFalse(list.contains(secret), "leaked " + secret);
        }

        // another client's key: as if it did not exist
        specError(open311().queryParam("api_key", otherKey).get(BASE + "/requests/" + id + ".json"), 404,
                "service_request_id");
        open311().queryParam("api_key", otherKey).queryParam("service_request_id", id).get(BASE + "/requests.json")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void statusFollowsThePetitionOpenThenClosed() {
        String id = create("service_code", "RECOMMENDATION", "address_string", "UBND phường", "lat", null, "long", null);
        open311().queryParam("api_key", key).queryParam("status", "open").queryParam("service_request_id", id)
                .get(BASE + "/requests.json").then().statusCode(200).body("[0].status", equalTo("open"));
        move(UNIT, id, "ACCEPT", TODAY);
        String due = handler(UNIT).get("/api/v1/petitions/" + id).then().extract().path("nextDueDate");
        Response accepted = open311().queryParam("api_key", key).get(BASE + "/requests/" + id + ".json");
        accepted.then().statusCode(200)
                .body("[0].status", equalTo("open")).body("[0].status_notes", containsString("Accepted"));
        String expected = accepted.path("[0].expected_datetime");
        // the running clock's due date, when the deadline rules give this kind one
        assertEquals(due == null, expected == null, due + " / " + expected);
        assertTrue(due == null || expected.startsWith(due), expected);
        move(UNIT, id, "START_VERIFICATION", TODAY);
        move(UNIT, id, "RESOLVE", TODAY, "outcome", "ANSWERED");
        open311().queryParam("api_key", key).get(BASE + "/requests/" + id + ".json").then().statusCode(200)
                .body("[0].status", equalTo("closed")).body("[0].status_notes", containsString("answered"))
                .body("[0].expected_datetime", nullValue());
        open311().queryParam("api_key", key).queryParam("status", "closed").get(BASE + "/requests.json").then()
                .statusCode(200).body("service_request_id", hasItem(id)).body("status", everyItem(equalTo("closed")));
        open311().queryParam("api_key", key).queryParam("status", "open").get(BASE + "/requests.json").then()
                .statusCode(200).body("service_request_id", not(hasItem(id)));
        open311().queryParam("api_key", key).queryParam("service_code", "RECOMMENDATION").get(BASE + "/requests.json")
                .then().statusCode(200).body("service_code", everyItem(equalTo("RECOMMENDATION")))
                .body("service_request_id", hasItem(id));
    }

    @Test
    void dateRangeFiltersByRequestedTime() {
        String id = create();
        OffsetDateTime now = OffsetDateTime.now();
        open311().queryParam("api_key", key).queryParam("start_date", now.minusHours(1).toString())
                .queryParam("end_date", now.plusHours(1).toString()).get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        open311().queryParam("api_key", key).queryParam("start_date", now.plusHours(1).toString())
                .get(BASE + "/requests.json").then().statusCode(200).body("$", empty());
        open311().queryParam("api_key", key).queryParam("end_date", now.minusHours(1).toString())
                .get(BASE + "/requests.json").then().statusCode(200).body("service_request_id", not(hasItem(id)));
        specError(open311().queryParam("api_key", key).queryParam("start_date", "2026-13-01")
                .get(BASE + "/requests.json"), 400, "start_date");
        specError(open311().queryParam("api_key", key).queryParam("start_date", "2026-12-01T00:00:00")
                .get(BASE + "/requests.json"), 400, "time zone");
        specError(open311().queryParam("api_key", key).queryParam("status", "pending")
                .get(BASE + "/requests.json"), 400, "status");
        specError(open311().queryParam("api_key", key).queryParam("service_request_id", "12,abc")
                .get(BASE + "/requests.json"), 400, "service_request_id");
    }

    @Test
    void apiKeyIsRequiredAndMustBeARegisteredClientsKey() {
        specError(post(form("api_key", null)), 403, "api_key");
        specError(post(form("api_key", "o311_not-a-key")), 403, "api_key");
        specError(post(form("api_key", "x".repeat(5000))), 403, "api_key");
        specError(open311().get(BASE + "/requests.json"), 403, "api_key");
        specError(open311().queryParam("api_key", "wrong").get(BASE + "/requests/" + java.util.UUID.randomUUID()
                + ".json"), 403, "api_key");
        // a revoked client is refused, its key answers 403 from then on
        Response reg = admin().body(Map.of("name", "Soon revoked")).post("/api/v1/open311-clients");
        String revoked = reg.path("apiKey");
        String revokedId = reg.path("id");
        post(form("api_key", revoked)).then().statusCode(201);
        admin().delete("/api/v1/open311-clients/" + revokedId).then().statusCode(200).body("revokedAt", notNullValue());
        specError(post(form("api_key", revoked)), 403, "api_key");
        // the list never shows a key
        String list = admin().get("/api/v1/open311-clients").then().statusCode(200).extract().asString();
        assertFalse(list.contains(revoked.substring(5)));
        assertFalse(list.contains("apiKey"));
    }

    @Test
    void clientRegistrationIsForAdminsOnly() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Xyz app")).post("/api/v1/open311-clients").then()
                .statusCode(401).contentType(containsString("problem+json"));
        for (String role : List.of("citizen", "reception-officer", "petition-handler", "leader", "petition-intake")) {
            given().auth().oauth2(TestTokens.token("u", UNIT, role)).contentType(ContentType.JSON)
                    .body(Map.of("name", "Xyz app")).post("/api/v1/open311-clients").then().statusCode(403);
            given().auth().oauth2(TestTokens.token("u", UNIT, role)).get("/api/v1/open311-clients").then().statusCode(403);
        }
        admin().body(Map.of("name", " ")).post("/api/v1/open311-clients").then().statusCode(400)
                .contentType(containsString("problem+json"));
        admin().body(Map.of("name", "x".repeat(201))).post("/api/v1/open311-clients").then().statusCode(400);
        admin().delete("/api/v1/open311-clients/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("problem+json"));
    }

    @Test
    void invalidRequestsAnswerTheSpecsErrorArray() {
        specError(post(form("service_code", null)), 400, "service_code");
        specError(post(form("service_code", "COMPLAINT")), 400, "not Open311 services");
        specError(post(form("service_code", "DENUNCIATION")), 400, "service_code");
        specError(post(form("jurisdiction_id", null)), 400, "jurisdiction_id");
        specError(post(form("jurisdiction_id", "hanoi")), 400, "jurisdiction_id");
        specError(post(form("jurisdiction_id", "02")), 400, "jurisdiction_id 02 was not found");
        specError(post(form("lat", null, "long", null)), 400, "location");
        specError(post(form("long", null)), 400, "lat and long");
        specError(post(form("lat", "91")), 400, "lat");
        specError(post(form("long", "abc")), 400, "long");
        specError(post(form("description", null)), 400, "description");
        specError(post(form("email", "not-an-email")), 400, "email");
        specError(post(form("phone", "call me")), 400, "phone");
        specError(post(form("attribute[colour]", "red")), 400, "attribute[colour]");
        specError(post(form("attribute[domain][]", "SPACE")), 400, "attribute[domain]");
        specError(post(form("attribute[subject_kind]", "ALIEN")), 400, "attribute[subject_kind]");
        specError(post(form("media_url", "javascript:alert(1)")), 400, "media_url");
        // several mistakes: one entry each
        Response many = post(form("service_code", null, "jurisdiction_id", null, "description", null));
        many.then().statusCode(400).body("$", hasSize(3));
        // not a form
        open311().contentType(ContentType.JSON).body("{\"api_key\":\"" + key + "\"}").post(BASE + "/requests.json")
                .then().statusCode(415).body("[0].code", equalTo(415));
    }

    @Test
    void limitsAreEnforcedAtAndPastEachBound() {
        create("description", "a".repeat(4000));
        specError(post(form("description", "a".repeat(4001))), 400, "description");
        create("first_name", "n".repeat(100));
        specError(post(form("first_name", "n".repeat(101))), 400, "first_name");
        create("attribute[subject]", "s".repeat(1000));
        specError(post(form("attribute[subject]", "s".repeat(1001))), 400, "attribute[subject]");
        create("address_string", "d".repeat(500), "lat", null, "long", null);
        specError(post(form("address_string", "d".repeat(501), "lat", null, "long", null)), 400, "address_string");
        create("lat", "-90", "long", "180");
        specError(post(form("lat", "-90.0001")), 400, "lat");
        specError(post(form("long", "180.5")), 400, "long");
    }
}
