package vn.minhbach.programs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.inspectionEvent;
import static vn.minhbach.programs.Fixtures.officer;
import static vn.minhbach.programs.Fixtures.petitionEvent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The source article as a period report: every figure of Bắc Từ Liêm (01.021) from 3/2021 to
 * 31/10/2022 is generated as events shaped per docs/contracts.md, produced twice (a replay), and the
 * report must show each figure exactly once in JSON, CSV and the Vietnamese narrative. Another
 * district's events in the same period must not leak into it.
 */
@QuarkusTest
class ArticleReportTest {

    static final String UNIT = "01.021";
    static final String WARD = "01.021.00611";
    static final String OTHER = "01.977";
    static final LocalDate FROM = LocalDate.of(2021, 3, 1);
    static final LocalDate TO = LocalDate.of(2022, 10, 31);
    static final String QUERY = "/api/v1/reports/period?unit=" + UNIT + "&from=" + FROM + "&to=" + TO;

    private static boolean loaded;
    private static List<Fixtures.Event> articleEvents;

    static synchronized void load() {
        if (loaded) {
            return;
        }
        long[] before = consumed();
        articleEvents = articleEvents();
        List<Fixtures.Event> twice = new ArrayList<>(articleEvents);
        twice.addAll(articleEvents); // the same events again: a replay after a consumer reset
        Fixtures.send(twice);
        long petitions = twice.stream().filter(e -> e.topic().equals(Fixtures.PETITIONS_TOPIC)).count();
        long inspections = twice.size() - petitions;
        Fixtures.await("the report's consumers to read " + twice.size() + " events", Duration.ofSeconds(150), () -> {
            long[] now = consumed();
            return now[0] - before[0] >= petitions && now[1] - before[1] >= inspections;
        });
        recordProgramWork();
        loaded = true;
    }

    /** events applied + duplicates skipped, per source: petitions, inspections. */
    static long[] consumed() {
        JsonPath sources = as("auditor", "01", "auditor").get("/api/v1/reports/sources").then().statusCode(200)
                .extract().jsonPath();
        long[] result = new long[2];
        for (int i = 0; i < 2; i++) {
            String source = sources.getString("[" + i + "].source");
            long n = sources.getLong("[" + i + "].eventsApplied") + sources.getLong("[" + i + "].duplicatesSkipped");
            result[source.startsWith("petitions") ? 0 : 1] = n;
        }
        return result;
    }

    static List<Fixtures.Event> articleEvents() {
        List<Fixtures.Event> events = new ArrayList<>();
        // 1,506 petitions received in the period, half of them by a ward of the district.
        for (int i = 0; i < 1506; i++) {
            String id = Fixtures.uuid("p-article-" + i);
            String unit = i % 2 == 0 ? UNIT : WARD;
            boolean settles = i < 1043;
            LocalDate received = FROM.plusDays(settles ? i % 500 : i % 600);
            events.add(petitionEvent("petition.received", id, Map.of("unitPath", unit, "petitionId", id,
                    "number", "DT-" + i, "kind", i % 3 == 0 ? "DENUNCIATION" : "COMPLAINT", "channel", "AT_RECEPTION",
                    "domains", List.of("LAND_MANAGEMENT"), "receivedDate", received.toString(), "anonymous", false)));
            if (settles) {
                switch (i % 4) {
                    case 0 -> {
                        events.add(transition("petition.accepted", id, unit, "RECEIVED", "ACCEPTED", received.plusDays(3)));
                        events.add(resolved(id, unit, received.plusDays(20), i % 8 == 0));
                    }
                    case 1 -> events.add(transition("petition.transferred", id, unit, "RECEIVED", "TRANSFERRED",
                            received.plusDays(2)));
                    case 2 -> events.add(transition("petition.status-changed", id, unit, "RECEIVED", "GUIDED",
                            received.plusDays(4)));
                    default -> {
                        events.add(transition("petition.accepted", id, unit, "RECEIVED", "ACCEPTED", received.plusDays(5)));
                        events.add(resolved(id, unit, received.plusDays(40), true));
                        events.add(transition("petition.status-changed", id, unit, "RESOLVED", "CLOSED",
                                received.plusDays(45)));
                    }
                }
            } else if (i % 3 == 1) {
                events.add(transition("petition.accepted", id, unit, "RECEIVED", "ACCEPTED", received.plusDays(2)));
            } else if (i % 3 == 2) {
                // Resolved only after the period's end: still in progress on 31/10/2022.
                events.add(transition("petition.accepted", id, unit, "RECEIVED", "ACCEPTED", received.plusDays(2)));
                events.add(resolved(id, unit, LocalDate.of(2022, 11, 15), true));
            }
        }
        // Outside the period: received before it, or after it.
        for (int i = 0; i < 30; i++) {
            String id = Fixtures.uuid("p-article-before-" + i);
            events.add(petitionEvent("petition.received", id, Map.of("unitPath", UNIT, "petitionId", id, "number",
                    "DT-B" + i, "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                    "receivedDate", "2021-02-10", "anonymous", false)));
            events.add(resolved(id, UNIT, LocalDate.of(2021, 3, 20), true));
        }
        for (int i = 0; i < 20; i++) {
            String id = Fixtures.uuid("p-article-after-" + i);
            events.add(petitionEvent("petition.received", id, Map.of("unitPath", UNIT, "petitionId", id, "number",
                    "DT-A" + i, "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                    "receivedDate", "2022-11-05", "anonymous", false)));
        }
        // Citizen reception: 80 single visits and 20 group visits of 87 people = 1,820 person-visits.
        for (int i = 0; i < 100; i++) {
            String id = Fixtures.uuid("v-article-" + i);
            boolean group = i >= 80;
            events.add(petitionEvent("reception-visit.recorded", id, Map.of("unitPath", i % 2 == 0 ? UNIT : WARD,
                    "visitId", id, "visitDate", FROM.plusDays(i * 5).toString(), "kind", "REGULAR",
                    "people", group ? 87 : 1, "groupVisit", group, "outcome", "GUIDANCE_GIVEN", "petitionIds", List.of())));
        }
        events.add(petitionEvent("reception-visit.recorded", Fixtures.uuid("v-article-after"), Map.of("unitPath", UNIT,
                "visitId", Fixtures.uuid("v-article-after"), "visitDate", "2022-11-02", "kind", "REGULAR", "people", 10,
                "groupVisit", true, "outcome", "GUIDANCE_GIVEN", "petitionIds", List.of())));

        // Quận: 25 inspection teams at 44 occurrences of 30 party cells and 7 members.
        int occurrence = 0;
        for (int t = 0; t < 25; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            for (int k = 0; k < (t < 19 ? 2 : 1); k++) {
                targets.add(org("cell-" + (occurrence++ % 30), "PARTY_CELL"));
            }
            if (t < 7) {
                targets.add(member("m-d-" + t, false));
            }
            events.add(team("t-article-di-" + t, UNIT, "INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE",
                    FROM.plusDays(10 + t * 20), List.of("LAND_MANAGEMENT"), targets));
        }
        // Quận: 5 supervision teams at 5 grassroots committees and 6 members.
        for (int t = 0; t < 5; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            targets.add(org("gc-" + t, "GRASSROOTS_COMMITTEE"));
            targets.add(member("m-s-" + t, false));
            if (t == 0) {
                targets.add(member("m-s-extra", false));
            }
            events.add(team("t-article-ds-" + t, UNIT, "SUPERVISION", "THEMATIC", "DISTRICT_STANDING_COMMITTEE",
                    FROM.plusDays(30 + t * 60), List.of(), targets));
        }
        // Grassroots committees and cells: inspection of 168 organisations and 28 members (56 teams).
        for (int t = 0; t < 56; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                targets.add(org("g-cell-" + t + "-" + k, "PARTY_CELL"));
            }
            if (t < 28) {
                targets.add(member("m-g-" + t, false));
            }
            events.add(team("t-article-gi-" + t, WARD, "INSPECTION", "REGULAR", "GRASSROOTS_COMMITTEE",
                    FROM.plusDays(t * 10), List.of(), targets));
        }
        // ... and supervision of 29 organisations and 11 members.
        for (int t = 0; t < 29; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            targets.add(org("g-sup-" + t, "PARTY_CELL"));
            if (t < 11) {
                targets.add(member("m-gs-" + t, false));
            }
            events.add(team("t-article-gs-" + t, WARD, "SUPERVISION", "REGULAR", "GRASSROOTS_COMMITTEE",
                    FROM.plusDays(5 + t * 15), List.of(), targets));
        }
        // 2022: the district inspection commission on signs of violation, 2 organisations and 4 members
        // managed by the standing committee.
        for (int t = 0; t < 2; t++) {
            events.add(team("t-article-sv-" + t, UNIT, "INSPECTION", "SIGNS_OF_VIOLATION", "INSPECTION_COMMISSION",
                    LocalDate.of(2022, 5, 10 + t), List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                    List.of(org("sv-org-" + t, "GRASSROOTS_COMMITTEE"), member("m-sv-" + t + "a", true),
                            member("m-sv-" + t + "b", true))));
            events.add(inspectionEvent("team.concluded", "t-article-sv-" + t, Map.of("unitPath", UNIT,
                    "teamId", "t-article-sv-" + t, "concludedDate", "2022-08-01", "conclusionReference", "KL-" + t)));
        }
        // A team decided before the period does not count.
        events.add(team("t-article-before", UNIT, "INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE",
                LocalDate.of(2021, 2, 1), List.of(), List.of(org("cell-0", "PARTY_CELL"))));
        return events;
    }

    static Fixtures.Event transition(String type, String id, String unit, String from, String to, LocalDate on) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("unitPath", unit, "petitionId", id, "from", from, "to", to,
                "effectiveDate", on.toString()));
        if (type.equals("petition.accepted")) { // as petitions-service publishes it: the clocks it started
            data.put("acceptanceDueDate", on.plusDays(10).toString());
            data.put("resolutionDueDate", on.plusDays(30).toString());
        }
        if (type.equals("petition.transferred")) {
            data.put("toAgency", "Sở Tài nguyên và Môi trường");
        }
        return petitionEvent(type, id, data);
    }

    static Fixtures.Event resolved(String id, String unit, LocalDate on, boolean onTime) {
        return petitionEvent("petition.resolved", id, Map.of("unitPath", unit, "petitionId", id, "from", "ACCEPTED",
                "to", "RESOLVED", "effectiveDate", on.toString(), "outcome", "RIGHT", "onTime", onTime));
    }

    static Map<String, Object> org(String id, String kind) {
        return Map.of("targetType", "ORGANISATION", "subjectId", id, "organisationKind", kind);
    }

    static Map<String, Object> member(String id, boolean managed) {
        return Map.of("targetType", "MEMBER", "subjectId", id, "standingCommitteeManaged", managed);
    }

    static Fixtures.Event team(String id, String unit, String kind, String basis, String level, LocalDate decided,
            List<String> domains, List<Map<String, Object>> targets) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("unitPath", unit);
        data.put("teamId", id);
        data.put("kind", kind);
        data.put("basis", basis);
        data.put("initiatingLevel", level);
        data.put("decisionNumber", "QĐ-" + id);
        data.put("decisionDate", decided.toString());
        data.put("domains", domains);
        data.put("targets", targets);
        return inspectionEvent("team.decided", id, data);
    }

    /** Program 10-CTr/TU with 15 topics, Plan 25, Project 56-ĐA/BCĐ with 7 groups, Conclusion 21, the conference. */
    static void recordProgramWork() {
        long program = officer("01").body(Map.of("code", "10-CTr/TU", "title",
                "Nâng cao hiệu quả công tác phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm, chống lãng phí giai đoạn 2021 - 2025",
                "issuingBody", "Thành uỷ Hà Nội", "periodStart", 2021, "periodEnd", 2025))
                .post("/api/v1/programs").then().statusCode(201).extract().jsonPath().getLong("id");
        long firstTopic = 0;
        for (int n = 1; n <= 15; n++) {
            long id = officer("01").body(Map.of("number", n, "title", "Chuyên đề " + n, "leadUnitPath", UNIT))
                    .post("/api/v1/programs/" + program + "/topics").then().statusCode(201).extract().jsonPath().getLong("id");
            firstTopic = n == 1 ? id : firstTopic;
        }
        long plan = officer(UNIT).body(Map.of("programId", program, "kind", "PLAN", "number", "25",
                "issuedDate", "2021-04-02", "issuer", "Quận uỷ Bắc Từ Liêm",
                "title", "nghiên cứu, học tập, quán triệt, tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"))
                .post("/api/v1/instruments").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            groups.add(Map.of("number", n, "title", "Nhóm giải pháp " + n));
        }
        Map<String, Object> project = new HashMap<>(Map.of("kind", "PROJECT", "number", "56-ĐA/BCĐ",
                "issuedDate", "2019-11-25", "issuer", "Ban chỉ đạo Chương trình số 07-CTr/TU của Thành ủy",
                "issuerUnitPath", "01", "title", "Đẩy mạnh công tác phát hiện, ngăn chặn, xử lý tình trạng tiêu cực, gây phiền hà, nhũng nhiễu người dân, DN",
                "solutionGroups", groups));
        JsonPath p = officer("01").body(project).post("/api/v1/instruments").then().statusCode(201).extract().jsonPath();
        officer("01").body(Map.of("kind", "CONCLUSION", "number", "21-KL/TW", "issuedDate", "2021-10-30",
                "issuer", "Ban Chấp hành Trung ương", "title", "đẩy mạnh xây dựng, chỉnh đốn Đảng"))
                .post("/api/v1/instruments").then().statusCode(201);
        for (int n = 0; n < 7; n++) {
            officer(UNIT).body(Map.of("solutionGroupId", p.getLong("solutionGroups[" + n + "].id"),
                    "title", "Thực hiện nhóm giải pháp " + (n + 1), "unitPath", UNIT, "assignedDate", "2021-03-05",
                    "recurrence", "YEAR")).post("/api/v1/tasks").then().statusCode(201);
        }
        // One task done in the period, one overdue at its end.
        long done = officer(UNIT).body(Map.of("topicId", firstTopic, "title", "Ban hành kế hoạch thực hiện chuyên đề 1",
                "unitPath", WARD, "assignedDate", "2021-03-10", "dueDate", "2021-06-30"))
                .post("/api/v1/tasks").then().statusCode(201).extract().jsonPath().getLong("id");
        officer(UNIT).body(Map.of("topicId", firstTopic, "title", "Sơ kết chuyên đề 1", "unitPath", UNIT,
                "assignedDate", "2021-03-10", "dueDate", "2022-06-30")).post("/api/v1/tasks").then().statusCode(201);
        long report = Fixtures.reporter(WARD).body(Map.of("taskId", done, "period", "DUE", "narrative", "Đã ban hành",
                "evidenceRefs", List.of("KH-12"), "reportDate", "2021-06-20"))
                .post("/api/v1/progress-reports").then().statusCode(201).extract().jsonPath().getLong("id");
        officer(UNIT).post("/api/v1/progress-reports/" + report + "/accept").then().statusCode(200);
        officer(UNIT).body(Map.of("heldDate", "2021-04-20", "title",
                "học tập quán triệt tuyên truyền 10 Chương trình công tác của Thành ủy", "online", true,
                "connectedSites", 14, "delegates", 700, "relatedInstrumentIds", List.of(plan)))
                .post("/api/v1/conferences").then().statusCode(201);
        // Outside the period and outside the unit: neither counts.
        officer(UNIT).body(Map.of("heldDate", "2022-12-01", "title", "sau kỳ", "online", false, "connectedSites", 1,
                "delegates", 50)).post("/api/v1/conferences").then().statusCode(201);
        officer(UNIT).body(Map.of("heldDate", "2022-03-15", "title", "Giao ban quý I/2022")).post("/api/v1/briefings")
                .then().statusCode(201);
    }

    @Test
    void jsonCarriesEveryArticleFigureOnce() {
        load();
        JsonPath r = as("leader", UNIT, "leader").accept("application/json").get(QUERY).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(100, r.getLong("citizenReception.visits"));
        assertEquals(1820, r.getLong("citizenReception.personVisits"));
        assertEquals(20, r.getLong("citizenReception.groupVisits"));
        assertEquals(1506, r.getLong("citizenReception.petitionsReceived"));
        assertEquals(1043, r.getLong("citizenReception.petitionsSettled"));
        assertEquals(463, r.getLong("citizenReception.petitionsInProgress"));
        assertEquals(0, r.getLong("citizenReception.corruptionSignsFlagged"));
        String district = "inspectionSupervision.byInitiatingLevel.find { it.initiatingLevel == 'DISTRICT_STANDING_COMMITTEE' }";
        assertEquals(25, r.getLong(district + ".inspection.teams"));
        assertEquals(44, r.getLong(district + ".inspection.organisationOccurrences"));
        assertEquals(44, r.getLong(district + ".inspection.organisationOccurrencesByKind.PARTY_CELL"));
        assertEquals(30, r.getLong(district + ".inspection.distinctOrganisations"));
        assertEquals(7, r.getLong(district + ".inspection.memberOccurrences"));
        assertEquals(5, r.getLong(district + ".supervision.teams"));
        assertEquals(5, r.getLong(district + ".supervision.organisationOccurrencesByKind.GRASSROOTS_COMMITTEE"));
        assertEquals(6, r.getLong(district + ".supervision.memberOccurrences"));
        String grassroots = "inspectionSupervision.byInitiatingLevel.find { it.initiatingLevel == 'GRASSROOTS_COMMITTEE' }";
        assertEquals(168, r.getLong(grassroots + ".inspection.organisationOccurrences"));
        assertEquals(28, r.getLong(grassroots + ".inspection.memberOccurrences"));
        assertEquals(29, r.getLong(grassroots + ".supervision.organisationOccurrences"));
        assertEquals(11, r.getLong(grassroots + ".supervision.memberOccurrences"));
        assertEquals(2, r.getLong("inspectionSupervision.signsOfViolation.teams"));
        assertEquals(2, r.getLong("inspectionSupervision.signsOfViolation.organisationOccurrences"));
        assertEquals(4, r.getLong("inspectionSupervision.signsOfViolation.standingCommitteeManagedMembers"));
        assertEquals(List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                r.getList("inspectionSupervision.signsOfViolation.domains"));
        assertEquals(15, r.getLong("programWork.programs.find { it.code == '10-CTr/TU' }.topicsImplemented"));
        assertEquals(7, r.getLong("programWork.projects.find { it.number == '56-ĐA/BCĐ' }.solutionGroupsImplemented"));
        assertEquals(1, r.getLong("programWork.conferences"));
        assertEquals(14, r.getLong("programWork.conferenceSites"));
        assertEquals(700, r.getLong("programWork.conferenceDelegates"));
        assertEquals(9, r.getLong("programWork.tasks"));
        assertEquals(1, r.getLong("programWork.tasksDone"));
        assertEquals(1, r.getLong("programWork.tasksOverdue"));
        assertEquals(1, r.getLong("programWork.briefings"));
        assertEquals(List.of("25"), r.getList("programWork.instrumentsIssued.number"));
    }

    @Test
    void csvCarriesTheSameFigures() {
        load();
        String csv = as("auditor", UNIT, "auditor").accept("text/csv").get(QUERY).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        for (String line : List.of("citizenReception,personVisits,,1820", "citizenReception,petitionsReceived,,1506",
                "citizenReception,petitionsSettled,,1043", "citizenReception,petitionsInProgress,,463",
                "inspection:DISTRICT_STANDING_COMMITTEE,teams,,25",
                "inspection:DISTRICT_STANDING_COMMITTEE,organisationOccurrences,PARTY_CELL,44",
                "inspection:DISTRICT_STANDING_COMMITTEE,memberOccurrences,,7",
                "supervision:DISTRICT_STANDING_COMMITTEE,teams,,5",
                "supervision:DISTRICT_STANDING_COMMITTEE,organisationOccurrences,GRASSROOTS_COMMITTEE,5",
                "supervision:DISTRICT_STANDING_COMMITTEE,memberOccurrences,,6",
                "inspection:GRASSROOTS_COMMITTEE,organisationOccurrences,,168",
                "inspection:GRASSROOTS_COMMITTEE,memberOccurrences,,28",
                "supervision:GRASSROOTS_COMMITTEE,organisationOccurrences,,29",
                "supervision:GRASSROOTS_COMMITTEE,memberOccurrences,,11",
                "signsOfViolation,organisationOccurrences,,2", "signsOfViolation,standingCommitteeManagedMembers,,4",
                "programWork,topicsImplemented,10-CTr/TU,15", "programWork,solutionGroupsImplemented,56-ĐA/BCĐ,7",
                "programWork,conferenceSites,,14", "programWork,conferenceDelegates,,700")) {
            assertTrue(csv.contains(line + "\r\n"), () -> "CSV lacks " + line + " in\n" + csv);
        }
    }

    @Test
    void markdownFollowsTheArticleSentences() {
        load();
        String md = as("leader", UNIT, "leader").accept("text/markdown").get(QUERY).then().statusCode(200)
                .contentType(containsString("text/markdown")).extract().asString();
        for (String sentence : List.of(
                "Từ 3/2021 – 31/10/2022, quận thành lập 25 đoàn kiểm tra trực tiếp tại 44 lượt chi bộ trực thuộc và 7 đảng viên;"
                        + " thành lập 5 đoàn giám sát trực tiếp tại 5 đảng uỷ cơ sở trực thuộc và 6 đảng viên.",
                "Đảng uỷ, chi bộ cơ sở đã tiến hành kiểm tra đối với 168 tổ chức đảng, 28 đảng viên và giám sát với"
                        + " 29 tổ chức đảng, 11 đảng viên.",
                "kiểm tra khi có dấu hiệu vi phạm liên quan đến quản lý đất đai, trật tự xây dựng đối với 2 tổ chức đảng"
                        + " và 4 đảng viên thuộc diện Ban Thường vụ Quận uỷ quản lý.",
                "Từ 3/2021 – 31/10/2022, quận tiếp công dân với 1.820 lượt người và tiếp nhận 1.506 đơn.",
                "giải quyết xong 1.043 đơn và đang giải quyết 463 đơn.",
                "chưa phát hiện có biểu hiện tham nhũng, tiêu cực",
                "Tổ chức Hội nghị trực tuyến học tập quán triệt tuyên truyền 10 Chương trình công tác của Thành ủy"
                        + " (tại 14 điểm cầu với 700 đại biểu).",
                "Tổ chức thực hiện 15 chuyên đề của Chương trình số 10-CTr/TU.",
                "Thực hiện Đề án số 56-ĐA/BCĐ ngày 25/11/2019",
                "Quận uỷ đã chỉ đạo thực hiện 7 nhóm giải pháp.",
                "Quận uỷ Bắc Từ Liêm đã ban hành Kế hoạch số 25 ngày 2/4/2021")) {
            assertTrue(md.contains(sentence), () -> "narrative lacks «" + sentence + "» in\n" + md);
        }
    }

    @Test
    void replayedEventsAreSkippedAndResentCopiesChangeNothing() {
        load();
        JsonPath sources = as("auditor", "01", "auditor").get("/api/v1/reports/sources").then().statusCode(200)
                .extract().jsonPath();
        long petitionEvents = articleEvents.stream().filter(e -> e.topic().equals(Fixtures.PETITIONS_TOPIC)).count();
        assertTrue(sources.getLong("find { it.source == 'petitions-service' }.duplicatesSkipped") >= petitionEvents);
        // The source re-publishes some events under new ids (e.g. after restoring its outbox): upserts absorb them.
        List<Fixtures.Event> copies = new ArrayList<>();
        copies.add(petitionEvent("petition.received", Fixtures.uuid("p-article-0"), Map.of("unitPath", UNIT, "petitionId",
                Fixtures.uuid("p-article-0"), "number", "DT-0", "kind", "DENUNCIATION", "channel", "AT_RECEPTION", "domains", List.of(),
                "receivedDate", FROM.toString(), "anonymous", false)));
        copies.add(resolved(Fixtures.uuid("p-article-0"), UNIT, FROM.plusDays(20), true));
        copies.add(team("t-article-di-0", UNIT, "INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE",
                FROM.plusDays(10), List.of(), List.of(org("cell-0", "PARTY_CELL"))));
        copies.add(petitionEvent("reception-visit.recorded", Fixtures.uuid("v-article-0"), Map.of("unitPath", UNIT, "visitId",
                Fixtures.uuid("v-article-0"), "visitDate", FROM.toString(), "kind", "REGULAR", "people", 1, "groupVisit", false,
                "outcome", "GUIDANCE_GIVEN", "petitionIds", List.of())));
        long[] before = consumed();
        Fixtures.send(copies);
        Fixtures.await("the copies to be read", Duration.ofSeconds(30), () -> {
            long[] now = consumed();
            return now[0] - before[0] >= 3 && now[1] - before[1] >= 1;
        });
        jsonCarriesEveryArticleFigureOnce();
    }

    @Test
    void anotherDistrictsEventsDoNotLeakIntoTheReport() {
        load();
        long[] before = consumed();
        List<Fixtures.Event> other = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = Fixtures.uuid("p-other-" + i);
            other.add(petitionEvent("petition.received", id, Map.of("unitPath", OTHER, "petitionId", id, "number",
                    "X-" + i, "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                    "receivedDate", "2022-01-10", "anonymous", false)));
        }
        other.add(team("t-other-0", OTHER, "INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE",
                LocalDate.of(2022, 1, 12), List.of(), List.of(org("o-cell", "PARTY_CELL"))));
        // A district whose code starts like 01.021 but is not below it.
        other.add(petitionEvent("petition.received", Fixtures.uuid("p-other-prefix"), Map.of("unitPath", "01.0211", "petitionId",
                Fixtures.uuid("p-other-prefix"), "number", "X-P", "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                "receivedDate", "2022-01-10", "anonymous", false)));
        Fixtures.send(other);
        Fixtures.await("the other district's events", Duration.ofSeconds(30), () -> {
            long[] now = consumed();
            return now[0] - before[0] >= 13 && now[1] - before[1] >= 1;
        });
        as("leader", OTHER, "leader").get("/api/v1/reports/period?unit=" + OTHER + "&from=" + FROM + "&to=" + TO)
                .then().statusCode(200).body("citizenReception.petitionsReceived", equalTo(12))
                .body("inspectionSupervision.byInitiatingLevel[0].inspection.teams", equalTo(1));
        jsonCarriesEveryArticleFigureOnce();
        // An official of 01.021 cannot read the other district's report: it answers as if absent.
        as("leader", UNIT, "leader").get("/api/v1/reports/period?unit=" + OTHER + "&from=" + FROM + "&to=" + TO)
                .then().statusCode(404);
        // The city sees both districts in its subtree.
        given().auth().oauth2(Fixtures.integrationToken("statistics-reader"))
                .get("/api/v1/reports/period?unit=01&from=" + FROM + "&to=" + TO).then().statusCode(200)
                .body("citizenReception.petitionsReceived", greaterThanOrEqualTo(1506 + 12 + 1));
    }

    @Test
    void sourcesTellHowFarEachTopicWasRead() {
        load();
        given().auth().oauth2(Fixtures.integrationToken("statistics-reader")).get("/api/v1/reports/sources")
                .then().statusCode(200)
                .body("find { it.source == 'petitions-service' }.topic", equalTo("minhbach.petitions.v1"))
                .body("find { it.source == 'petitions-service' }.asOf", not(equalTo(null)))
                .body("find { it.source == 'inspections-service' }.eventsApplied", greaterThanOrEqualTo(119));
        Fixtures.await("lag 0 on both topics", Duration.ofSeconds(20), () -> {
            JsonPath s = as("auditor", "01", "auditor").get("/api/v1/reports/sources").then().extract().jsonPath();
            return Long.valueOf(0).equals(s.getLong("find { it.source == 'petitions-service' }.lag"))
                    && Long.valueOf(0).equals(s.getLong("find { it.source == 'inspections-service' }.lag"));
        });
    }
}
