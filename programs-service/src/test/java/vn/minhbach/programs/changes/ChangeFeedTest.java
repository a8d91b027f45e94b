package vn.minhbach.programs.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.security.IntakeClients;
import vn.minhbach.programs.Fixtures;
import vn.minhbach.testing.TestTokens;

/**
 * GET /api/v1/changes (issue 19.2) over events sent to the real topics: paging in order, the cursor,
 * the caller's scope (unit subtree; an integration client's own submissions), the types filter,
 * identity stripping, long-poll and bad input. Units 01.971 and 01.972 are this test's own.
 */
@QuarkusTest
class ChangeFeedTest {

    static final String UNIT = "01.971";
    static final String OTHER = "01.972";
    static final String P1 = UUID.randomUUID().toString();
    static final String P2 = UUID.randomUUID().toString();
    static final String TEAM = UUID.randomUUID().toString();
    static final String CLIENT_A = "service-account-system-a";
    static final String CLIENT_B = "service-account-system-b";
    static Fixtures.Event duplicateOfAccepted;

    static RequestSpecification official(String unit) {
        return given().auth().oauth2(TestTokens.token("leader-" + unit, unit, "leader"));
    }

    static RequestSpecification client(String name) {
        String token = Jwt.preferredUserName(name).subject(name).issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .claim("unit", "01").claim("realm_access", Map.of("roles", List.of()))
                .claim("resource_access", Map.of("minhbach-integration", Map.of("roles", List.of("petition-intake"))))
                .expiresIn(Duration.ofMinutes(30)).jws().keyId("1").sign("privateKey.jwk");
        return given().auth().oauth2(token);
    }

    static Map<String, Object> data(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** All items the caller sees, following next in pages of two until an empty page. */
    static List<Map<String, Object>> all(java.util.function.Supplier<RequestSpecification> as, String query) {
        return all(as, query, 2);
    }

    /**
     * All items the caller sees, following next in pages of {@code limit} until an empty page. A caller
     * of the whole city also sees the events every other test class of the suite sent, so it pages by
     * the largest limit.
     */
    static List<Map<String, Object>> all(java.util.function.Supplier<RequestSpecification> as, String query, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String after = "";
        for (int round = 0; round < 1000; round++) {
            JsonPath page = as.get().get("/api/v1/changes?limit=" + limit + (after.isEmpty() ? "" : "&after=" + after) + query)
                    .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> got = page.getList("items");
            if (got.isEmpty()) {
                if (!after.isEmpty()) {
                    assertEquals(after, page.getString("next"), "an empty page answers the same cursor");
                }
                return items;
            }
            items.addAll(got);
            after = page.getString("next");
        }
        throw new AssertionError("the feed did not end");
    }

    static List<String> types(List<Map<String, Object>> items) {
        return items.stream().map(i -> (String) i.get("type")).toList();
    }

    @BeforeAll
    static void publish() {
        var received = Fixtures.petitionEvent("petition.received", P1, data("unitPath", UNIT, "petitionId", P1,
                "number", UNIT + "-2026-000001", "kind", "COMPLAINT", "channel", "GOVERNMENT_SYSTEM",
                "domains", List.of("LAND_MANAGEMENT"), "receivedDate", "2026-12-01", "anonymous", false,
                "intakeClient", IntakeClients.ref(CLIENT_A),
                // a producer's mistake the feed must not pass on
                "petitioners", List.of(Map.of("name", "Nguyễn Văn Lộ", "idNumber", "001080099999"))));
        var accepted = Fixtures.petitionEvent("petition.accepted", P1, data("unitPath", UNIT, "petitionId", P1,
                "from", "RECEIVED", "to", "ACCEPTED", "effectiveDate", "2026-12-02", "acceptanceDueDate", "2026-12-12",
                "resolutionDueDate", "2027-01-01"));
        duplicateOfAccepted = accepted;
        var resolved = Fixtures.petitionEvent("petition.resolved", P1, data("unitPath", UNIT, "petitionId", P1,
                "from", "ACCEPTED", "to", "RESOLVED", "effectiveDate", "2026-12-04", "outcome", "RIGHT", "onTime", true));
        var other = Fixtures.petitionEvent("petition.received", P2, data("unitPath", OTHER, "petitionId", P2,
                "number", OTHER + "-2026-000001", "kind", "DENUNCIATION", "channel", "AT_RECEPTION", "domains", List.of(),
                "receivedDate", "2026-12-01", "anonymous", true));
        var team = Fixtures.inspectionEvent("team.decided", TEAM, data("unitPath", UNIT + ".00005", "teamId", TEAM,
                "kind", "INSPECTION", "basis", "REGULAR", "initiatingLevel", "INSPECTION_COMMISSION",
                "decisionNumber", "QĐ-1", "decisionDate", "2026-12-03", "domains", List.of(), "targets", List.of()));
        Fixtures.send(List.of(received, accepted, resolved, other, team, accepted));
    }

    /** RestAssured points at the application only from each test on (not in {@code @BeforeAll}). */
    static boolean stored;

    @BeforeEach
    void feedHoldsTheEvents() {
        if (stored) {
            return;
        }
        // Asked of the test's own units: the city's feed also holds every other test class's events,
        // more than one page of them in a full suite run.
        Fixtures.await("the feed holds the test's events", Duration.ofSeconds(60),
                () -> all(() -> official(UNIT), "", ChangeResource.MAX_LIMIT).size() == 4
                        && all(() -> official(OTHER), "", ChangeResource.MAX_LIMIT).stream()
                                .anyMatch(i -> P2.equals(i.get("subject"))));
        stored = true;
    }

    @Test
    void anOfficialPagesThroughItsSubtreeInOrderWithoutIdentities() {
        List<Map<String, Object>> mine = all(() -> official(UNIT), "");
        assertEquals(List.of("petition.received", "petition.accepted", "petition.resolved"),
                types(mine.stream().filter(i -> P1.equals(i.get("subject"))).toList()), "one aggregate's events in order");
        assertEquals(4, mine.size(), () -> "P1's three events and the team of a unit below: " + mine);
        assertTrue(mine.stream().anyMatch(i -> TEAM.equals(i.get("subject"))));
        assertFalse(mine.stream().anyMatch(i -> P2.equals(i.get("subject"))), "another district's petition is not shown");
        // order is promised per aggregate only: the team (another topic) may come before or after P1's events
        Map<String, Object> first = mine.stream().filter(i -> P1.equals(i.get("subject"))).findFirst().orElseThrow();
        assertEquals("1.0", first.get("specversion"));
        assertEquals("/minhbach/petitions-service", first.get("source"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) first.get("data");
        assertEquals(UNIT + "-2026-000001", data.get("number"));
        String text = mine.toString();
        assertFalse(text.contains("Nguyễn") || text.contains("001080099999") || text.contains("petitioners")
                || text.contains("intakeClient"), text);
    }

    @Test
    void theSameCursorGivesTheSamePageAndTheLastCursorAnEmptyOne() {
        JsonPath first = official(UNIT).get("/api/v1/changes?limit=2").then().statusCode(200).extract().jsonPath();
        String next = first.getString("next");
        JsonPath second = official(UNIT).get("/api/v1/changes?limit=2&after=" + next).then().statusCode(200)
                .extract().jsonPath();
        JsonPath again = official(UNIT).get("/api/v1/changes?limit=2&after=" + next).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(second.getList("items.id"), again.getList("items.id"));
        assertEquals(second.getString("next"), again.getString("next"));
        assertFalse(first.getList("items.id").stream().anyMatch(second.getList("items.id")::contains), "pages do not overlap");
        String end = official(UNIT).get("/api/v1/changes?limit=500&after=" + next).then().statusCode(200)
                .extract().jsonPath().getString("next");
        official(UNIT).get("/api/v1/changes?after=" + end).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(0)).body("next", org.hamcrest.Matchers.is(end));
    }

    @Test
    void aRedeliveredEventIsInTheFeedOnce() {
        List<Map<String, Object>> mine = all(() -> official(UNIT), "");
        assertEquals(1, mine.stream().filter(i -> duplicateOfAccepted.json().contains((String) i.get("id"))).count());
    }

    @Test
    void theCityLeaderSeesBothDistrictsAndTheTypesFilterNarrows() {
        List<Map<String, Object>> city = all(() -> official("01"), "&types=petition.received", ChangeResource.MAX_LIMIT);
        List<Object> subjects = city.stream().map(i -> i.get("subject")).toList();
        assertTrue(subjects.containsAll(List.of(P1, P2)), subjects::toString);
        assertTrue(city.stream().allMatch(i -> "petition.received".equals(i.get("type"))));
        List<Map<String, Object>> two = all(() -> official(UNIT), "&types=petition.accepted,team.decided");
        assertEquals(java.util.Set.of("petition.accepted", "team.decided"), java.util.Set.copyOf(types(two)));
        assertEquals(2, two.size(), two::toString);
    }

    @Test
    void anIntegrationClientSeesItsOwnSubmissionsOnly() {
        List<Map<String, Object>> a = all(() -> client(CLIENT_A), "");
        assertEquals(List.of("petition.received", "petition.accepted", "petition.resolved"), types(a));
        assertTrue(a.stream().allMatch(i -> P1.equals(i.get("subject"))));
        assertEquals(List.of(), all(() -> client(CLIENT_B), ""));
    }

    @Test
    void aLongPollReturnsWhenAnEventArrives() throws Exception {
        String end = official(OTHER).get("/api/v1/changes?limit=500").then().statusCode(200).extract().jsonPath()
                .getString("next");
        long start = System.nanoTime();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> official(OTHER)
                .get("/api/v1/changes?wait=20s&after=" + end).then().statusCode(200).extract().jsonPath());
        Thread.sleep(1_500);
        assertFalse(waiting.isDone(), "nothing new yet: the request waits");
        String p3 = UUID.randomUUID().toString();
        Fixtures.send(List.of(Fixtures.petitionEvent("petition.received", p3, data("unitPath", OTHER, "petitionId", p3,
                "number", OTHER + "-2026-000002", "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                "receivedDate", "2026-12-05", "anonymous", false))));
        JsonPath page = waiting.get(20, java.util.concurrent.TimeUnit.SECONDS);
        long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(List.of(p3), page.getList("items.subject"));
        assertTrue(took < 15_000, "answered when the event arrived, not at the end of the wait: " + took + " ms");
        official(OTHER).get("/api/v1/changes?wait=1s&after=" + page.getString("next")).then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(0)).body("next", org.hamcrest.Matchers.is(page.getString("next")));
    }

    @Test
    void badInputIsAProblemAndRolesAreChecked() {
        for (String query : List.of("after=bm90LWEtY3Vyc29y", "limit=0", "limit=501", "wait=31s", "types=petition;drop")) {
            official(UNIT).header("Accept-Language", "en").get("/api/v1/changes?" + query).then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("errors.field", hasItem(
                            org.hamcrest.Matchers.anyOf(containsString("after"), containsString("limit"),
                                    containsString("wait"), containsString("types"))));
        }
        given().get("/api/v1/changes").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("citizen.x", null, "citizen")).get("/api/v1/changes").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("reader", "01", "statistics-reader")).get("/api/v1/changes").then()
                .statusCode(403);
    }
}
