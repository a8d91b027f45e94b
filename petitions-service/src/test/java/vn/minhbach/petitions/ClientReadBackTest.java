package vn.minhbach.petitions;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static vn.minhbach.petitions.Api.*;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.1: another government system reads back what it submitted — and only that — and names
 * its submissions with its own reference. Two integration clients (the national public-service
 * portal and the city's 1022 hotline) submit into the same unit.
 */
@QuarkusTest
class ClientReadBackTest {

    static final String UNIT = "01.931";
    static final LocalDate RECEIVED = LocalDate.of(2024, 3, 4);

    static RequestSpecification portal() {
        return as("service-account-dvc-portal", "01", "petition-intake");
    }

    static RequestSpecification hotline() {
        return as("service-account-hotline-1022", "01", "petition-intake");
    }

    static Map<String, Object> body(String ref) {
        Map<String, Object> b = intake(UNIT, "RECOMMENDATION", RECEIVED, "Kiến nghị chiếu sáng ngõ " + ref,
                "Đèn đường ngõ 12 hỏng đã hai tháng", "URBAN_MANAGEMENT");
        if (ref != null) {
            b.put("externalReference", ref);
        }
        return b;
    }

    static String submit(RequestSpecification who, Map<String, Object> body) {
        return who.body(body).post("/api/v1/petitions").then().statusCode(201).extract().path("petition.id");
    }

    @Test
    void aClientReadsItsOwnSubmissionWithHistoryDueDatesAndTransferAgencyButNoIdentity() {
        String ref = "DVC-" + UUID.randomUUID();
        String id = submit(portal(), body(ref));
        move(UNIT, id, "TRANSFER", RECEIVED.plusDays(2), "toAgency", "UBND phường Phú Diễn", "note",
                "Ông Nguyễn Văn An gọi điện");

        Response r = portal().get("/api/v1/petitions/" + id);
        r.then().statusCode(200)
                .header("ETag", matchesPattern("\"v\\d+\""))
                .body("id", is(id))
                .body("externalReference", is(ref))
                .body("status", is("TRANSFERRED"))
                .body("transferredTo", is("UBND phường Phú Diễn"))
                .body("acceptanceDueDate", notNullValue())
                .body("history.action", contains("RECEIVE", "TRANSFER"))
                .body("history[1].to", is("TRANSFERRED"))
                .body("history[1].effectiveDate", is(RECEIVED.plusDays(2).toString()));
        String json = r.asString();
        for (String secret : List.of("Nguyễn Văn An", "001080012345", "0912345678", "nguoi.gui@example.vn",
                "handler-" + UNIT, "Đèn đường ngõ 12")) {
            assertFalse(json.contains(secret), "the client's view leaks " + secret + ": " + json);
        }
    }

    /**
     * Issue 19.2: petition.received names the submitting client by reference only (the change feed in
     * programs-service shows a client its own submissions' events by it); an official's intake has none,
     * and neither carries the client's name nor the petitioner's identity.
     */
    @Test
    void petitionReceivedNamesTheSubmittingClientByReferenceOnly() {
        Map<String, Object> b = body("DVC-" + UUID.randomUUID());
        b.put("petitioners", List.of(petitioner("Nguyễn Văn Bình", "001080054321", true)));
        String id = submit(portal(), b);
        var received = Events.first(Events.until(id, "petition.received"), "petition.received");
        assertEquals(vn.minhbach.chassis.security.IntakeClients.ref("service-account-dvc-portal"),
                received.path("data").path("intakeClient").asText());
        assertNotEquals(vn.minhbach.chassis.security.IntakeClients.ref("service-account-hotline-1022"),
                received.path("data").path("intakeClient").asText());
        for (String secret : List.of("service-account-dvc-portal", "Nguyễn Văn Bình", "001080054321")) {
            assertFalse(received.toString().contains(secret), "petition.received leaks " + secret + ": " + received);
        }
        String official = newPetition(UNIT, "COMPLAINT", RECEIVED);
        var byOfficial = Events.first(Events.until(official, "petition.received"), "petition.received");
        assertFalse(byOfficial.path("data").has("intakeClient"), byOfficial.toString());
    }

    @Test
    void anotherClientsOrAnOfficialsPetitionIs404AndAbsentFromTheList() {
        String mine = submit(portal(), body("DVC-" + UUID.randomUUID()));
        String theirs = submit(hotline(), body("1022-" + UUID.randomUUID()));
        String official = newPetition(UNIT, "COMPLAINT", RECEIVED);

        portal().get("/api/v1/petitions/" + theirs).then().statusCode(404)
                .contentType(containsString("problem+json"));
        portal().get("/api/v1/petitions/" + official).then().statusCode(404);
        hotline().get("/api/v1/petitions/" + mine).then().statusCode(404);
        portal().get("/api/v1/petitions/" + mine).then().statusCode(200);

        List<String> listed = portal().queryParam("size", 200).get("/api/v1/petitions")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(listed.contains(mine));
        assertFalse(listed.contains(theirs));
        assertFalse(listed.contains(official));
        // the officials of the unit still see all three
        List<String> unitList = handler(UNIT).queryParam("size", 200).get("/api/v1/petitions")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(unitList.containsAll(List.of(mine, theirs, official)));
    }

    @Test
    void listFiltersPagesAndSortsTheClientsOwnSubmissions() {
        String client = "service-account-paging-" + UUID.randomUUID();
        java.util.function.Supplier<RequestSpecification> who = () -> as(client, "01", "petition-intake");
        String a = submit(who.get(), body("P-1-" + UUID.randomUUID()));
        Map<String, Object> complaint = body("P-2-" + UUID.randomUUID());
        complaint.put("kind", "COMPLAINT");
        complaint.put("subject", Map.of("kind", "DECISION", "description", "Quyết định thu hồi đất"));
        complaint.put("receivedDate", RECEIVED.minusDays(10).toString());
        String b = submit(who.get(), complaint);
        String c = submit(who.get(), body("P-3-" + UUID.randomUUID()));

        who.get().queryParam("size", 2).get("/api/v1/petitions").then().statusCode(200)
                .body("totalItems", is(3)).body("items", hasSize(2));
        who.get().queryParam("kind", "COMPLAINT").get("/api/v1/petitions").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is(b))
                .body("items[0].externalReference", startsWith("P-2-"));
        List<String> oldestFirst = who.get().queryParam("sort", "receivedDate,number").get("/api/v1/petitions")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(b, a, c), oldestFirst);
        List<String> newestFirst = who.get().queryParam("sort", "-receivedDate,-number").get("/api/v1/petitions")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(c, a, b), newestFirst);
        who.get().queryParam("sort", "petitioner").get("/api/v1/petitions").then().statusCode(400)
                .body("type", endsWith("/sort-invalid"));
    }

    @Test
    void externalReferenceIsUniquePerClientAndFindsTheSubmission() {
        String ref = "HS-2024-" + UUID.randomUUID();
        Map<String, Object> first = body(ref);
        String id = submit(portal(), first);

        // the same request again (a retry days later, no Idempotency-Key): that petition, not a second one
        Response again = portal().body(body(ref)).post("/api/v1/petitions");
        again.then().statusCode(200).header("Idempotent-Replayed", "true").body("petition.id", is(id));
        assertTrue(again.header("Location").endsWith("/api/v1/petitions/" + id));

        // another request under the same reference: 409 problem, in English on request
        Map<String, Object> other = body(ref);
        other.put("content", "Một nội dung khác");
        portal().header("Accept-Language", "en").body(other).post("/api/v1/petitions").then().statusCode(409)
                .contentType(containsString("problem+json"))
                .body("type", endsWith("/petition.external-reference.reused"))
                .body("detail", containsString(ref));

        // another client may use the same reference for its own petition
        String theirs = submit(hotline(), body(ref));
        assertNotEquals(id, theirs);

        portal().queryParam("externalReference", ref).get("/api/v1/petitions").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is(id));
        hotline().queryParam("externalReference", ref).get("/api/v1/petitions").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].id", is(theirs));
        portal().queryParam("externalReference", "nobody-" + ref).get("/api/v1/petitions").then().statusCode(200)
                .body("totalItems", is(0));

        Map<String, Object> blank = body(" leading-space");
        portal().body(blank).post("/api/v1/petitions").then().statusCode(400)
                .body("errors[0].field", is("externalReference"));
        portal().body(body("x".repeat(101))).post("/api/v1/petitions").then().statusCode(400);
        submit(portal(), body("y".repeat(100)));
    }

    @Test
    void aClientStillCannotUseOfficialEndpoints() {
        String id = submit(portal(), body(null));
        portal().get("/api/v1/petitions/" + id + "/duplicates").then().statusCode(403);
        portal().body(step("ACCEPT", RECEIVED)).post("/api/v1/petitions/" + id + "/transitions").then().statusCode(403);
        portal().accept("text/csv").get("/api/v1/petitions/export").then().statusCode(403);
    }
}
