package vn.minhbach.inspections;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Loads, through the API only, the inspection and supervision work the source article reports for
 * 3/2021 – 31/10/2022 into one test district, plus noise that must not be counted (teams decided
 * outside the period, a planned team, another district), then reads every figure of the article
 * back from the statistics endpoint.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleFiguresTest {

    static final String UNIT = "01.921";
    static final String WARD = "01.921.00611";
    final String run = Api.code("art");
    String inspector;
    List<String> cells = new ArrayList<>();
    List<String> committees = new ArrayList<>();
    List<String> members = new ArrayList<>();
    List<String> scmMembers = new ArrayList<>();
    String leaderId;

    boolean loaded;

    /** Once per class (instance per class); in @BeforeEach because RestAssured's port is set per test. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        inspector = Api.inspector(UNIT);
        // Subjects by CSV, as the loader does: district committee, inspection commission, 10 grassroots
        // committees, 240 party cells; 60 members of whom 4 are managed by the standing committee.
        StringBuilder orgs = new StringBuilder("code,name,kind,parentCode,unitPath\n");
        orgs.append(run).append("-D,Đảng bộ quận thử nghiệm,OTHER_COMMITTEE,,").append(UNIT).append('\n');
        orgs.append(run).append("-UBKT,Ủy ban Kiểm tra Quận ủy,OTHER_COMMITTEE,").append(run).append("-D,\n");
        for (int g = 0; g < 10; g++) {
            orgs.append(run).append("-G").append(g).append(",Đảng ủy cơ sở ").append(g)
                    .append(",GRASSROOTS_COMMITTEE,").append(run).append("-D,").append(g == 0 ? WARD : "").append('\n');
        }
        for (int c = 0; c < 240; c++) {
            orgs.append(run).append("-C").append(c).append(",\"Chi bộ số ").append(c).append(", khu dân cư\"")
                    .append(",PARTY_CELL,").append(run).append("-G").append(c % 10).append(",\n");
        }
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body(orgs.toString())
                .post("/api/v1/party-organisations/import").then().statusCode(200);
        StringBuilder people = new StringBuilder("code,fullName,organisationCode,position,cadreCategory\n");
        people.append(run).append("-L,Trưởng đoàn Kiểm tra,").append(run).append("-UBKT,Ủy viên UBKT,OTHER\n");
        for (int m = 0; m < 60; m++) {
            people.append(run).append("-M").append(m).append(",Đảng viên ").append(m).append(',').append(run)
                    .append("-C").append(m).append(",Đảng viên,")
                    .append(m >= 56 ? "STANDING_COMMITTEE_MANAGED" : "GRASSROOTS_MANAGED").append('\n');
        }
        given().auth().oauth2(inspector).contentType("text/csv; charset=UTF-8").body(people.toString())
                .post("/api/v1/party-members/import").then().statusCode(200);

        Map<String, String> orgIds = ids("/api/v1/party-organisations", "code");
        Map<String, String> memberIds = ids("/api/v1/party-members", "code");
        for (int c = 0; c < 240; c++) {
            cells.add(orgIds.get(run + "-C" + c));
        }
        for (int g = 0; g < 10; g++) {
            committees.add(orgIds.get(run + "-G" + g));
        }
        for (int m = 0; m < 56; m++) {
            members.add(memberIds.get(run + "-M" + m));
        }
        for (int m = 56; m < 60; m++) {
            scmMembers.add(memberIds.get(run + "-M" + m));
        }
        leaderId = memberIds.get(run + "-L");

        // District standing committee: 25 inspection teams at 44 party-cell occurrences (30 distinct
        // cells, 14 of them inspected twice) and 7 members.
        int cell = 0;
        int member = 0;
        for (int t = 0; t < 25; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            int cellsHere = t < 19 ? 2 : 1; // 19*2 + 6 = 44
            for (int i = 0; i < cellsHere; i++) {
                targets.add(Api.orgTarget(cells.get(cell++ % 30)));
            }
            if (t < 7) {
                targets.add(Api.memberTarget(members.get(member++)));
            }
            team("INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE", date(t), List.of("PARTY_BUILDING"), targets);
        }
        // District: 5 supervision teams at 5 grassroots committees and 6 members.
        for (int t = 0; t < 5; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            targets.add(Api.orgTarget(committees.get(t)));
            targets.add(Api.memberTarget(members.get(member++)));
            if (t == 0) {
                targets.add(Api.memberTarget(members.get(member++)));
            }
            team("SUPERVISION", "THEMATIC", "DISTRICT_STANDING_COMMITTEE", date(t + 3), List.of("URBAN_MANAGEMENT"),
                    targets);
        }
        // Grassroots committees: inspections of 168 organisations and 28 members (14 teams), supervisions
        // of 29 organisations and 11 members (6 teams), each organisation once.
        int org = 30;
        for (int t = 0; t < 14; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                targets.add(Api.orgTarget(cells.get(org++)));
            }
            targets.add(Api.memberTarget(members.get(member++)));
            targets.add(Api.memberTarget(members.get(member++)));
            team("INSPECTION", "REGULAR", "GRASSROOTS_COMMITTEE", date(t + 1), List.of("PARTY_BUILDING"), targets);
        }
        int supervisedMembers = 0;
        for (int t = 0; t < 6; t++) {
            List<Map<String, Object>> targets = new ArrayList<>();
            for (int i = 0; i < (t < 5 ? 5 : 4); i++) { // 5*5 + 4 = 29
                targets.add(Api.orgTarget(cells.get(org++)));
            }
            for (int i = 0; i < 2 && supervisedMembers < 11; i++, supervisedMembers++) {
                targets.add(Api.memberTarget(members.get(member++)));
            }
            team("SUPERVISION", "REGULAR", "GRASSROOTS_COMMITTEE", date(t + 5), List.of("PUBLIC_INVESTMENT"), targets);
        }
        // 2022, inspection commission, on signs of violation in land management and construction
        // order: 2 organisations and 4 members managed by the standing committee, in two teams.
        team("INSPECTION", "SIGNS_OF_VIOLATION", "INSPECTION_COMMISSION", "2022-04-12",
                List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                List.of(Api.orgTarget(cells.get(org++)), Api.memberTarget(scmMembers.get(0)),
                        Api.memberTarget(scmMembers.get(1))));
        team("INSPECTION", "SIGNS_OF_VIOLATION", "INSPECTION_COMMISSION", "2022-09-20",
                List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER"),
                List.of(Api.orgTarget(cells.get(org++)), Api.memberTarget(scmMembers.get(2)),
                        Api.memberTarget(scmMembers.get(3))));

        // Noise: decided before and after the period, and a team still planned.
        team("INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE", "2021-02-26", List.of("PARTY_BUILDING"),
                List.of(Api.orgTarget(cells.get(0))));
        team("INSPECTION", "REGULAR", "DISTRICT_STANDING_COMMITTEE", "2022-11-02", List.of("PARTY_BUILDING"),
                List.of(Api.orgTarget(cells.get(1))));
        Map<String, Object> planned = Api.decidedTeam("SUPERVISION", "REGULAR", "DISTRICT_STANDING_COMMITTEE", null,
                leaderId, List.of("OTHER"), List.of(Api.orgTarget(committees.get(9))));
        planned.remove("decisionNumber");
        Api.createTeam(inspector, planned);
    }

    private Map<String, String> ids(String path, String key) {
        Map<String, String> out = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath json = Api.as(inspector).queryParam("size", 200).queryParam("page", page).get(path).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            items.forEach(i -> out.put((String) i.get(key), (String) i.get("id")));
            if (items.size() < 200) {
                return out;
            }
        }
    }

    /** Decision dates spread over the period 2021-03 .. 2022-10. */
    private static String date(int i) {
        int month = 3 + (i % 20);
        int year = month > 12 ? 2022 : 2021;
        return "%d-%02d-15".formatted(year, month > 12 ? month - 12 : month);
    }

    private void team(String kind, String basis, String level, String date, List<String> domains,
            List<Map<String, Object>> targets) {
        Api.createTeam(inspector, Api.decidedTeam(kind, basis, level, date, leaderId, domains, targets));
    }

    private JsonPath statistics(String from, String to) {
        return Api.as(TestTokensHolder.statisticsReader()).queryParam("unit", UNIT).queryParam("from", from)
                .queryParam("to", to).get("/api/v1/inspections/statistics").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void districtSetUp25InspectionTeamsAt44PartyCellOccurrencesAnd7Members() {
        JsonPath s = statistics("2021-03-01", "2022-10-31");
        String d = "inspection.byLevel.DISTRICT_STANDING_COMMITTEE.total.";
        assertEquals(25, s.getInt(d + "teams"));
        assertEquals(44, s.getInt(d + "organisationOccurrencesByKind.PARTY_CELL"));
        assertEquals(30, s.getInt(d + "distinctOrganisations"));
        assertEquals(7, s.getInt(d + "memberOccurrences"));
    }

    @Test
    void districtSetUp5SupervisionTeamsAt5GrassrootsCommitteesAnd6Members() {
        JsonPath s = statistics("2021-03-01", "2022-10-31");
        String d = "supervision.byLevel.DISTRICT_STANDING_COMMITTEE.total.";
        assertEquals(5, s.getInt(d + "teams"));
        assertEquals(5, s.getInt(d + "organisationOccurrencesByKind.GRASSROOTS_COMMITTEE"));
        assertEquals(5, s.getInt(d + "distinctOrganisationsByKind.GRASSROOTS_COMMITTEE"));
        assertEquals(6, s.getInt(d + "memberOccurrences"));
    }

    @Test
    void grassrootsCommitteesInspected168OrganisationsAnd28MembersAndSupervised29And11() {
        JsonPath s = statistics("2021-03-01", "2022-10-31");
        assertEquals(168, s.getInt("inspection.byLevel.GRASSROOTS_COMMITTEE.total.organisationOccurrences"));
        assertEquals(168, s.getInt("inspection.byLevel.GRASSROOTS_COMMITTEE.total.distinctOrganisations"));
        assertEquals(28, s.getInt("inspection.byLevel.GRASSROOTS_COMMITTEE.total.memberOccurrences"));
        assertEquals(29, s.getInt("supervision.byLevel.GRASSROOTS_COMMITTEE.total.organisationOccurrences"));
        assertEquals(11, s.getInt("supervision.byLevel.GRASSROOTS_COMMITTEE.total.memberOccurrences"));
        assertEquals(11, s.getInt("supervision.byLevel.GRASSROOTS_COMMITTEE.total.distinctMembers"));
    }

    @Test
    void in2022InspectionCommissionInspectedOnSignsOfViolation2OrganisationsAnd4StandingCommitteeMembers() {
        JsonPath s = statistics("2022-01-01", "2022-12-31");
        String ic = "inspection.byLevel.INSPECTION_COMMISSION.";
        assertEquals(2, s.getInt(ic + "byBasis.SIGNS_OF_VIOLATION.organisationOccurrences"));
        assertEquals(4, s.getInt(ic + "byBasis.SIGNS_OF_VIOLATION.standingCommitteeManagedMemberOccurrences"));
        assertEquals(4, s.getInt(ic + "byBasis.SIGNS_OF_VIOLATION.distinctStandingCommitteeManagedMembers"));
        assertEquals(2, s.getInt(ic + "byDomain.LAND_MANAGEMENT.organisationOccurrences"));
        assertEquals(4, s.getInt(ic + "byDomain.CONSTRUCTION_ORDER.standingCommitteeManagedMemberOccurrences"));
        assertEquals(0, s.getInt(ic + "byBasis.REGULAR.teams"));
    }

    @Test
    void totalsAddUpAndNoiseIsLeftOut() {
        JsonPath s = statistics("2021-03-01", "2022-10-31");
        assertEquals(25 + 14 + 2, s.getInt("inspection.total.teams"));
        assertEquals(5 + 6, s.getInt("supervision.total.teams"));
        assertEquals(44 + 168 + 2, s.getInt("inspection.total.organisationOccurrences"));
        assertEquals(2, s.getInt("inspection.byBasis.SIGNS_OF_VIOLATION.teams"));
        // a ward's subtree holds only what was recorded for the ward
        JsonPath ward = Api.as(TestTokensHolder.statisticsReader()).queryParam("unit", WARD)
                .get("/api/v1/inspections/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(0, ward.getInt("inspection.total.teams"));
    }
    /** programs-service must reproduce the figures from team.decided alone: do it the way it would. */
    @Test
    void theSameFiguresFollowFromTeamDecidedEventsAlone() {
        // 52 teams in the period + 2 outside it; the planned team has no team.decided
        var events = Events.await(Events.TOPIC, e -> "team.decided".equals(e.path("type").asText())
                && UNIT.equals(e.path("data").path("unitPath").asText()), 54, 30);
        assertEquals(54, events.size());
        int teams = 0;
        int cellOccurrences = 0;
        int memberOccurrences = 0;
        int icOrganisations = 0;
        int icStandingCommitteeMembers = 0;
        for (var e : events) {
            var data = e.path("data");
            String date = data.path("decisionDate").asText();
            if (date.compareTo("2021-03-01") < 0 || date.compareTo("2022-10-31") > 0) {
                continue;
            }
            String level = data.path("initiatingLevel").asText();
            String kind = data.path("kind").asText();
            for (var t : data.path("targets")) {
                boolean organisation = t.path("targetType").asText().equals("ORGANISATION");
                if (kind.equals("INSPECTION") && level.equals("DISTRICT_STANDING_COMMITTEE")) {
                    cellOccurrences += organisation && t.path("organisationKind").asText().equals("PARTY_CELL") ? 1 : 0;
                    memberOccurrences += organisation ? 0 : 1;
                }
                if (level.equals("INSPECTION_COMMISSION") && date.startsWith("2022")
                        && data.path("basis").asText().equals("SIGNS_OF_VIOLATION")) {
                    icOrganisations += organisation ? 1 : 0;
                    icStandingCommitteeMembers += !organisation && t.path("standingCommitteeManaged").asBoolean() ? 1 : 0;
                }
            }
            teams += kind.equals("INSPECTION") && level.equals("DISTRICT_STANDING_COMMITTEE") ? 1 : 0;
        }
        assertEquals(25, teams);
        assertEquals(44, cellOccurrences);
        assertEquals(7, memberOccurrences);
        assertEquals(2, icOrganisations);
        assertEquals(4, icStandingCommitteeMembers);
    }
}
