package vn.minhbach.inspections;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Team creation, the state machine, conflicts of interest, conclusions, plans and unit scope. */
@QuarkusTest
class TeamLifecycleTest {

    static final String UNIT = "01.931";
    String inspector = Api.inspector(UNIT);
    String leader = Api.leader(UNIT);
    String committee;
    String cell;
    String otherCell;
    String target;
    String staffOrg;
    String staff;

    @BeforeEach
    void subjects() {
        String district = Api.organisation(inspector, Api.code("D"), "OTHER_COMMITTEE", null, UNIT);
        committee = Api.organisation(inspector, Api.code("G"), "GRASSROOTS_COMMITTEE", district, null);
        cell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", committee, null);
        otherCell = Api.organisation(inspector, Api.code("C"), "PARTY_CELL", committee, null);
        staffOrg = Api.organisation(inspector, Api.code("UBKT"), "OTHER_COMMITTEE", district, null);
        target = Api.member(inspector, Api.code("M"), "Nguyễn Văn Được", cell, "STANDING_COMMITTEE_MANAGED");
        staff = Api.member(inspector, Api.code("S"), "Trần Thị Kiểm", staffOrg, "OTHER");
    }

    private Map<String, Object> body(String decisionDate) {
        return Api.decidedTeam("INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE", decisionDate, staff,
                List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                List.of(Api.orgTarget(cell), Api.memberTarget(target)));
    }

    @Test
    void fullLifecycleFromPlannedToPublishedWithDecidedEvent() {
        Map<String, Object> planned = body(null);
        planned.remove("decisionNumber");
        String id = Api.createTeam(inspector, planned);
        Api.as(inspector).get("/api/v1/teams/" + id).then().body("status", is("PLANNED"));
        Api.as(leader).body(Map.of("decisionNumber", "125-QĐ/QU", "decisionDate", "2022-03-10"))
                .post("/api/v1/teams/" + id + "/decision").then().statusCode(200).body("status", is("DECIDED"))
                .body("decisionNumber", is("125-QĐ/QU"));
        Api.startAndConclude(inspector, id, "2022-03-15", "2022-04-20", List.of(), true, "Chi bộ thực hiện tốt.");
        Api.as(leader).body(Map.of("publishedDate", "2022-05-01")).post("/api/v1/teams/" + id + "/publication")
                .then().statusCode(200).body("status", is("PUBLISHED"));

        List<JsonNode> decided = Events.await(Events.TOPIC, Events.of("team.decided", id), 1, 10);
        assertEquals(1, decided.size(), "team.decided on minhbach.inspections.v1");
        JsonNode data = decided.get(0).path("data");
        assertEquals(UNIT, data.path("unitPath").asText());
        assertEquals("INSPECTION", data.path("kind").asText());
        assertEquals("REGULAR", data.path("basis").asText());
        assertEquals("DISTRICT_STANDING_COMMITTEE", data.path("initiatingLevel").asText());
        assertEquals("2022-03-10", data.path("decisionDate").asText());
        assertEquals(2, data.path("domains").size());
        assertEquals(2, data.path("targets").size());
        for (JsonNode t : data.path("targets")) {
            if (t.path("targetType").asText().equals("ORGANISATION")) {
                assertEquals("PARTY_CELL", t.path("organisationKind").asText());
            } else {
                assertEquals(true, t.path("standingCommitteeManaged").asBoolean());
                assertEquals(target, t.path("subjectId").asText());
            }
        }
        assertEquals(1, Events.await(Events.TOPIC, Events.of("team.published", id), 1, 10).size());
        assertEquals(1, Events.await(Events.TOPIC, Events.of("team.concluded", id), 1, 10).size());
    }

    @Test
    void invalidTransitionsAre409Problems() {
        Map<String, Object> planned = body(null);
        planned.remove("decisionNumber");
        String plannedId = Api.createTeam(inspector, planned);
        Api.as(inspector).body(Map.of("startedDate", "2022-01-01")).post("/api/v1/teams/" + plannedId + "/start")
                .then().statusCode(409).contentType(containsString("problem+json"))
                .body("detail", containsString("PLANNED"));
        String decided = Api.createTeam(inspector, body("2022-01-10"));
        Api.as(leader).body(Map.of("decisionNumber", "1", "decisionDate", "2022-01-11"))
                .post("/api/v1/teams/" + decided + "/decision").then().statusCode(409);
        Api.as(leader).body(Map.of("publishedDate", "2022-02-01")).post("/api/v1/teams/" + decided + "/publication")
                .then().statusCode(409);
        Api.startAndConclude(inspector, decided, "2022-01-12", "2022-02-01", List.of(), false, null);
        Api.as(inspector).body(Map.of("startedDate", "2022-02-02")).post("/api/v1/teams/" + decided + "/start")
                .then().statusCode(409);
        // concluded without publication intent: publishing is refused
        Api.as(leader).body(Map.of("publishedDate", "2022-02-05")).post("/api/v1/teams/" + decided + "/publication")
                .then().statusCode(422);
    }

    @Test
    void businessDatesAreValidated() {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        Api.as(inspector).body(body(tomorrow)).post("/api/v1/teams").then().statusCode(422);
        Map<String, Object> half = body("2022-01-10");
        half.remove("decisionNumber");
        Api.as(inspector).body(half).post("/api/v1/teams").then().statusCode(422);
        String id = Api.createTeam(inspector, body("2022-01-10"));
        Api.as(inspector).body(Map.of("startedDate", "2022-01-09")).post("/api/v1/teams/" + id + "/start")
                .then().statusCode(422).body("detail", containsString("2022-01-10"));
    }

    @Test
    void memberOfAnInspectedOrganisationCannotJoinTheTeam() {
        String insider = Api.member(inspector, Api.code("S"), "Lê Văn Nội", otherCell, "OTHER");
        Map<String, Object> b = Api.decidedTeam("INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE", "2022-01-10",
                staff, List.of("OTHER"), List.of(Api.orgTarget(committee)));
        b.put("memberIds", List.of(insider));
        // the insider's cell lies under the inspected grassroots committee
        Api.as(inspector).header("Accept-Language", "en").body(b).post("/api/v1/teams").then().statusCode(422)
                .contentType(containsString("problem+json"))
                .body("title", is("Conflict of interest: member of an inspected organisation"))
                .body("detail", containsString(insider));
        Api.as(inspector).body(b).post("/api/v1/teams").then().statusCode(422)
                .body("title", is("Xung đột lợi ích: thuộc tổ chức được kiểm tra"));
        Api.as(inspector).queryParam("size", 200).get("/api/v1/teams").then()
                .body("items.memberIds.flatten()", not(org.hamcrest.Matchers.hasItem(insider)));
    }

    @Test
    void relatedPersonCannotJoinTheTeam() {
        String relative = Api.member(inspector, Api.code("S"), "Nguyễn Thị Thân", staffOrg, "OTHER");
        Api.as(inspector).body(Map.of("relatedMemberId", target, "relation", "SPOUSE"))
                .post("/api/v1/party-members/" + relative + "/relations").then().statusCode(204);
        Map<String, Object> b = body("2022-01-10");
        b.put("memberIds", List.of(relative));
        Api.as(inspector).header("Accept-Language", "en").body(b).post("/api/v1/teams").then().statusCode(422)
                .body("title", is("Conflict of interest: related to an inspected member"));
        // the inspected member as its own leader
        Map<String, Object> self = body("2022-01-10");
        self.put("leaderMemberId", target);
        Api.as(inspector).body(self).post("/api/v1/teams").then().statusCode(422);
    }

    @Test
    void serverFieldsSetByTheClientAreIgnoredAndInputIsValidated() {
        Map<String, Object> b = body("2022-01-10");
        b.put("id", "00000000-0000-0000-0000-000000000001");
        b.put("status", "PUBLISHED");
        b.put("publishedDate", "2022-01-11");
        String id = Api.createTeam(inspector, b);
        Api.as(inspector).get("/api/v1/teams/" + id).then().body("status", is("DECIDED"))
                .body("publishedDate", equalTo(null)).body("id", not("00000000-0000-0000-0000-000000000001"));
        Map<String, Object> noKind = body("2022-01-10");
        noKind.remove("kind");
        Api.as(inspector).body(noKind).post("/api/v1/teams").then().statusCode(400);
        Map<String, Object> noTargets = body("2022-01-10");
        noTargets.put("targets", List.of());
        Api.as(inspector).body(noTargets).post("/api/v1/teams").then().statusCode(400);
        Map<String, Object> both = body("2022-01-10");
        both.put("targets", List.of(Map.of("organisationId", cell, "memberId", target)));
        Api.as(inspector).body(both).post("/api/v1/teams").then().statusCode(422);
        Map<String, Object> twice = body("2022-01-10");
        twice.put("targets", List.of(Api.orgTarget(cell), Api.orgTarget(cell)));
        Api.as(inspector).body(twice).post("/api/v1/teams").then().statusCode(422);
        Map<String, Object> badDomain = body("2022-01-10");
        badDomain.put("domains", List.of("GOLF"));
        Api.as(inspector).body(badDomain).post("/api/v1/teams").then().statusCode(400);
        Api.as(inspector).body("{\"kind\":").post("/api/v1/teams").then().statusCode(400);
    }

    @Test
    void conclusionRulesPerTarget() {
        String id = Api.createTeam(inspector, body("2022-01-10"));
        Api.as(inspector).body(Map.of("startedDate", "2022-01-12")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(200);
        List<String> targets = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.id");
        List<String> types = Api.as(inspector).get("/api/v1/teams/" + id).then().extract().path("targets.targetType");
        String orgTarget = targets.get(types.indexOf("ORGANISATION"));
        String memberTarget = targets.get(types.indexOf("MEMBER"));
        Map<String, Object> c = new HashMap<>();
        c.put("concludedDate", "2022-02-01");
        c.put("conclusionReference", "KL-01");
        // expulsion is for members only
        c.put("targets", List.of(Map.of("targetId", orgTarget, "violation", "SERIOUS", "discipline", "EXPULSION"),
                Map.of("targetId", memberTarget, "violation", "NONE")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(422);
        // discipline needs a violation
        c.put("targets", List.of(Map.of("targetId", orgTarget, "violation", "NONE", "discipline", "WARNING"),
                Map.of("targetId", memberTarget, "violation", "NONE")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(422);
        // every target needs a conclusion
        c.put("targets", List.of(Map.of("targetId", orgTarget, "violation", "NONE")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(422);
        c.put("targets", List.of(Map.of("targetId", orgTarget, "violation", "MINOR", "discipline", "REPRIMAND"),
                Map.of("targetId", memberTarget, "violation", "SERIOUS", "discipline", "DISMISSAL",
                        "findings", "Buông lỏng quản lý trật tự xây dựng")));
        Api.as(inspector).body(c).post("/api/v1/teams/" + id + "/conclusion").then().statusCode(200)
                .body("status", is("CONCLUDED")).body("targets.discipline", org.hamcrest.Matchers.hasItems(
                        "REPRIMAND", "DISMISSAL"));
    }

    @Test
    void planCompletionFollowsLinkedTeams() {
        Map<String, Object> plan = Map.of("year", 2022, "title", "Kế hoạch kiểm tra, giám sát năm 2022",
                "items", List.of(Map.of("kind", "INSPECTION", "description", "Kiểm tra chi bộ", "plannedQuarter", 1),
                        Map.of("kind", "SUPERVISION", "description", "Giám sát đảng ủy", "plannedQuarter", 2)));
        String planId = Api.as(inspector).body(plan).post("/api/v1/inspection-plans").then().statusCode(201)
                .body("completion.items", is(2)).extract().path("id");
        List<String> itemIds = Api.as(inspector).get("/api/v1/inspection-plans/" + planId).then().extract()
                .path("items.id");
        List<String> kinds = Api.as(inspector).get("/api/v1/inspection-plans/" + planId).then().extract()
                .path("items.kind");
        Map<String, Object> b = body("2022-01-10");
        b.put("planItemId", itemIds.get(kinds.indexOf("SUPERVISION")));
        Api.as(inspector).body(b).post("/api/v1/teams").then().statusCode(422); // inspection team, supervision item
        b.put("planItemId", itemIds.get(kinds.indexOf("INSPECTION")));
        String id = Api.createTeam(inspector, b);
        Api.as(inspector).get("/api/v1/inspection-plans/" + planId).then().body("completion.decided", is(1))
                .body("completion.concluded", is(0));
        Api.startAndConclude(inspector, id, "2022-01-12", "2022-02-01", List.of(), false, null);
        Api.as(leader).get("/api/v1/inspection-plans/" + planId).then().body("completion.concluded", is(1))
                .body("completion.percentConcluded", is(50));
    }

    @Test
    void teamsOutsideTheCallersSubtreeAnswer404() {
        String id = Api.createTeam(inspector, body("2022-01-10"));
        String stranger = Api.inspector("01.932");
        Api.as(stranger).get("/api/v1/teams/" + id).then().statusCode(404);
        Api.as(stranger).body(Map.of("startedDate", "2022-01-12")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(404);
        Api.as(stranger).get("/api/v1/teams").then().statusCode(200).body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
        Api.as(Api.inspector(UNIT + ".00001")).get("/api/v1/teams/" + id).then().statusCode(404);
        Api.as(Api.inspector("01")).get("/api/v1/teams/" + id).then().statusCode(200);
        // a stranger cannot target this unit's subjects either
        Map<String, Object> foreign = body("2022-01-10");
        foreign.put("leaderMemberId", Api.member(stranger, Api.code("S"), "Người ngoài",
                Api.organisation(stranger, Api.code("X"), "OTHER_COMMITTEE", null, null), "OTHER"));
        Api.as(stranger).body(foreign).post("/api/v1/teams").then().statusCode(422);
        Api.as(inspector).queryParam("status", "DECIDED").get("/api/v1/teams").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(is("DECIDED")))
                .body("items", not(hasSize(0)));
    }

    /**
     * Issue 19.6: a system that retries a step after a timeout sends the same Idempotency-Key and gets
     * the first answer again (not a 409 for the status the team already reached), the step applied
     * once; the same key with another request is 409 idempotency-key-reused; a malformed key is 400.
     */
    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstAnswerAndAppliesTheStepOnce() {
        String id = Api.createTeam(inspector, body("2022-01-10"));
        String key = "retry-" + java.util.UUID.randomUUID();
        var first = Api.as(inspector).header("Idempotency-Key", key).body(Map.of("startedDate", "2022-01-12"))
                .post("/api/v1/teams/" + id + "/start").then().statusCode(200).body("status", is("IN_PROGRESS"))
                .extract().asString();
        Api.as(inspector).header("Idempotency-Key", key).body(Map.of("startedDate", "2022-01-12"))
                .post("/api/v1/teams/" + id + "/start").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body(equalTo(first));
        // without the key the same step is refused: the team is already in progress
        Api.as(inspector).body(Map.of("startedDate", "2022-01-12")).post("/api/v1/teams/" + id + "/start").then()
                .statusCode(409);
        Api.as(inspector).header("Idempotency-Key", key).body(Map.of("startedDate", "2022-01-13"))
                .post("/api/v1/teams/" + id + "/start").then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("idempotency-key-reused"));
        Api.as(inspector).header("Idempotency-Key", "has space").body(Map.of("startedDate", "2022-01-12"))
                .post("/api/v1/teams/" + id + "/start").then().statusCode(400)
                .body("type", containsString("idempotency-key-invalid"));
        // the key binds the resource too: the same key and body on another team is another request
        String other = Api.createTeam(inspector, body("2022-01-10"));
        Api.as(inspector).header("Idempotency-Key", key).body(Map.of("startedDate", "2022-01-12"))
                .post("/api/v1/teams/" + other + "/start").then().statusCode(409)
                .body("type", containsString("idempotency-key-reused"));
        Api.as(inspector).get("/api/v1/teams/" + other).then().statusCode(200).body("status", is("DECIDED"));
    }

    /**
     * Issue 19.6: a team and a recommendation carry an ETag; a step sent with the tag of an earlier read
     * is refused with 412 and changes nothing; with the current tag it goes ahead and answers the new
     * tag, which a fresh read confirms.
     */
    @Test
    void aStepWithAStaleIfMatchIsRefusedAndTheCurrentOneGoesAhead() {
        String id = Api.createTeam(inspector, body("2022-01-10"));
        String read = Api.as(inspector).get("/api/v1/teams/" + id).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"v\\d+\"")).extract().header("ETag");
        String started = Api.as(inspector).header("If-Match", read).body(Map.of("startedDate", "2022-01-12"))
                .post("/api/v1/teams/" + id + "/start").then().statusCode(200).body("status", is("IN_PROGRESS"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(read, started);
        Api.as(inspector).get("/api/v1/teams/" + id).then().header("ETag", equalTo(started));
        // the tag read before the start no longer matches: 412 (before any rule on the team's status)
        Api.as(inspector).header("If-Match", read).body(Map.of("startedDate", "2022-01-12"))
                .post("/api/v1/teams/" + id + "/start").then().statusCode(412)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("precondition-failed"));
        Api.as(inspector).get("/api/v1/teams/" + id).then().body("status", is("IN_PROGRESS"))
                .header("ETag", equalTo(started));
    }

    /** Issue 19.6: a plan's item added on a stale read of the plan is refused (412), on the current one added. */
    @Test
    void aPlanItemAddedOnAStaleReadIsRefused() {
        Map<String, Object> plan = Map.of("year", 2023, "title", "Kế hoạch kiểm tra năm 2023",
                "items", List.of(Map.of("kind", "INSPECTION", "description", "Kiểm tra chi bộ", "plannedQuarter", 1)));
        String planId = Api.as(inspector).body(plan).post("/api/v1/inspection-plans").then().statusCode(201)
                .extract().path("id");
        String read = Api.as(inspector).get("/api/v1/inspection-plans/" + planId).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"v\\d+\"")).extract().header("ETag");
        Map<String, Object> item = Map.of("kind", "SUPERVISION", "description", "Giám sát đảng ủy", "plannedQuarter", 2);
        String after = Api.as(inspector).header("If-Match", read).body(item)
                .post("/api/v1/inspection-plans/" + planId + "/items").then().statusCode(200)
                .body("completion.items", is(2)).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(read, after);
        Api.as(inspector).header("If-Match", read).body(item).post("/api/v1/inspection-plans/" + planId + "/items")
                .then().statusCode(412).body("type", containsString("precondition-failed"));
        Api.as(inspector).get("/api/v1/inspection-plans/" + planId).then().body("completion.items", is(2))
                .header("ETag", equalTo(after));
    }

    /**
     * Issue 19.6: every state-changing POST honours Idempotency-Key (the chassis' interceptor), creations
     * too: the same organisation sent twice with one key is created once, and the second answer is the
     * first one (201, the same id and Location) marked as replayed.
     */
    @Test
    void aCreationRetriedWithItsKeyCreatesOneRecord() {
        String code = Api.code("IK");
        Map<String, Object> org = new HashMap<>();
        org.put("code", code);
        org.put("name", "Tổ chức " + code);
        org.put("kind", "OTHER_COMMITTEE");
        org.put("unitPath", UNIT);
        String key = "create-" + java.util.UUID.randomUUID();
        var first = Api.as(inspector).header("Idempotency-Key", key).body(org).post("/api/v1/party-organisations")
                .then().statusCode(201).extract();
        var again = Api.as(inspector).header("Idempotency-Key", key).body(org).post("/api/v1/party-organisations")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(first.path("id").toString(), again.path("id").toString());
        assertEquals(first.header("Location"), again.header("Location"));
        // without the key the same code is a second creation, refused as a duplicate
        Api.as(inspector).body(org).post("/api/v1/party-organisations").then().statusCode(409);
    }

    /** Issue 19.6: lists are gzipped for a client that accepts it (the chassis' default for every service). */
    @Test
    void listsAreGzippedWhenTheClientAcceptsIt() {
        Api.createTeam(inspector, body("2022-01-10"));
        Api.as(inspector).header("Accept-Encoding", "gzip").get("/api/v1/teams").then().statusCode(200)
                .header("Content-Encoding", "gzip").body("items", not(hasSize(0)));
        var plain = io.restassured.config.RestAssuredConfig.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        Api.as(inspector).config(plain).header("Accept-Encoding", "identity").get("/api/v1/teams").then()
                .statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.nullValue());
    }
}
