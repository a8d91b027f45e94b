package vn.minhbach.e2e.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.e2e.EndToEnd;
import vn.minhbach.e2e.Stack;
import vn.minhbach.scenario.Api;
import vn.minhbach.scenario.Loader;
import vn.minhbach.scenario.Scenario;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Bắc Từ Liêm check, end to end: from empty databases, the loader creates the article's work
 * (and a second district's, other figures, in the same databases) through the gateway with real
 * Keycloak tokens; once programs-service has read every event, the period report of each unit
 * gives exactly the scenario's figures, its narrative carries the article's sentences, and each
 * figure equals the owning service's own statistics. Reports do not leak across units.
 */
@EndToEnd
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioReportIT {

    static final String BTL = "bac-tu-liem-2021-2022.json";
    static final String NTL = "nam-tu-liem-2021-2022.json";
    static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();
    static final Map<String, Loader.Result> LOADED = new LinkedHashMap<>();
    static Reader reader;

    @BeforeAll
    static void loadBothScenariosFromEmptyDatabases() throws Exception {
        if (!"false".equals(System.getProperty("minhbach.scenario.reset"))) {
            LocalStackReset.resetToEmptyDatabases();
        }
        Loader.Options options = new Loader.Options(Stack.GATEWAY, Stack.ISSUER, Stack.CLI_CLIENT,
                Integer.getInteger("minhbach.scenario.concurrency", 12), Stack.DEMO_PASSWORD);
        reader = new Reader(options);
        for (String file : List.of(BTL, NTL)) {
            SCENARIOS.put(file, Scenario.read(scenarioDir().resolve(file)));
        }
        // figures are exact, not "at least": these units must hold nothing yet
        for (Scenario s : SCENARIOS.values()) {
            JsonNode stats = reader.petitionStatistics(s.unit(), LocalDate.of(2000, 1, 1), LocalDate.now());
            if (stats.path("received").asLong() + stats.path("receptionVisits").asLong() > 0) {
                fail("unit " + s.unit() + " already holds petitions or visits: this test needs empty databases"
                        + " (run it without -Dminhbach.scenario.reset=false)");
            }
        }
        Loader loader = new Loader(options, System.out);
        for (var e : SCENARIOS.entrySet()) {
            LOADED.put(e.getKey(), loader.load(e.getValue()));
        }
        reader.awaitReportSources(Duration.ofMinutes(4));
    }

    static Path scenarioDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenario/scenarios"))) return p.resolve("scenario/scenarios");
        }
        throw new IllegalStateException("scenario/scenarios not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    @Order(1)
    void theArticleScenarioLoadsInUnderFiveMinutes() {
        Duration wall = LOADED.get(BTL).wallTime();
        assertTrue(wall.compareTo(Duration.ofMinutes(5)) < 0, "loading took " + wall);
    }

    @ParameterizedTest
    @ValueSource(strings = {BTL, NTL})
    @Order(2)
    void reportGivesExactlyTheScenarioFigures(String file) {
        Scenario s = SCENARIOS.get(file);
        JsonNode report = reader.report(s.unit(), s.from(), s.to());
        JsonNode c = report.path("citizenReception");
        Scenario.Reception r = s.reception();
        assertEquals(r.personVisits(), c.path("personVisits").asLong(), "person-visits");
        assertEquals(r.visits(), c.path("visits").asLong(), "visits");
        assertEquals(r.groupVisits(), c.path("groupVisits").asLong(), "group visits");
        assertEquals(r.petitions(), c.path("petitionsReceived").asLong(), "petitions received");
        assertEquals(r.settled(), c.path("petitionsSettled").asLong(), "petitions settled");
        assertEquals(r.inProgress(), c.path("petitionsInProgress").asLong(), "petitions in progress");
        assertEquals(r.corruptionSignsFlagged(), c.path("corruptionSignsFlagged").asLong(), "corruption signs");

        for (var e : Expected.levels(s).entrySet()) {
            JsonNode level = level(report, e.getKey());
            for (var k : e.getValue().entrySet()) {
                Expected.Activity want = k.getValue();
                JsonNode got = level.path(k.getKey().equals("INSPECTION") ? "inspection" : "supervision");
                String what = e.getKey() + " " + k.getKey();
                assertEquals(want.teams(), got.path("teams").asLong(), what + " teams");
                assertEquals(want.organisationOccurrences(), got.path("organisationOccurrences").asLong(), what + " organisations");
                assertEquals(want.memberOccurrences(), got.path("memberOccurrences").asLong(), what + " members");
                assertEquals(want.managed(), got.path("standingCommitteeManagedMembers").asLong(), what + " managed");
            }
        }
        Expected.Activity signs = Expected.signsOfViolation(s);
        JsonNode sv = report.path("inspectionSupervision").path("signsOfViolation");
        assertEquals(signs.teams(), sv.path("teams").asLong(), "signs-of-violation teams");
        assertEquals(signs.organisationOccurrences(), sv.path("organisationOccurrences").asLong());
        assertEquals(signs.memberOccurrences(), sv.path("memberOccurrences").asLong());
        assertEquals(signs.managed(), sv.path("standingCommitteeManagedMembers").asLong());

        JsonNode work = report.path("programWork");
        if (s.program() == null) {
            assertEquals(0, work.path("conferences").asLong(), "conferences of a district without program work");
            return;
        }
        for (Scenario.ProgramSpec p : s.program().programs()) {
            JsonNode program = find(work.path("programs"), "code", p.code());
            assertEquals(p.topics().size(), program.path("topics").asLong(), p.code() + " topics");
            assertEquals(p.topicsImplemented(), program.path("topicsImplemented").asLong(), p.code() + " topics implemented");
        }
        for (Scenario.Instrument i : s.program().instruments()) {
            if (!i.solutionGroups().isEmpty()) {
                JsonNode project = find(work.path("projects"), "number", i.number());
                assertEquals(i.solutionGroups().size(), project.path("solutionGroupsImplemented").asLong(), i.number());
            }
            if (!i.issuedDate().isBefore(s.from()) && !i.issuedDate().isAfter(s.to())) {
                find(work.path("instrumentsIssued"), "number", i.number());
            }
        }
        assertEquals(s.program().conferences().size(), work.path("conferences").asLong(), "conferences");
        assertEquals(s.program().conferences().stream().mapToInt(Scenario.Conference::sites).sum(),
                work.path("conferenceSites").asLong(), "connected sites");
        assertEquals(s.program().conferences().stream().mapToInt(Scenario.Conference::delegates).sum(),
                work.path("conferenceDelegates").asLong(), "delegates");
    }

    @ParameterizedTest
    @ValueSource(strings = {BTL, NTL})
    @Order(3)
    void narrativeCarriesTheArticleSentencesWithTheseNumbers(String file) {
        Scenario s = SCENARIOS.get(file);
        String narrative = reader.narrative(s.unit(), s.from(), s.to());
        String text = normalise(narrative);
        for (String sentence : s.expectedNarrative()) {
            assertTrue(text.contains(normalise(sentence)), "narrative lacks «" + sentence + "»:\n" + narrative);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BTL, NTL})
    @Order(4)
    void everyFigureEqualsTheOwningServiceStatistics(String file) {
        Scenario s = SCENARIOS.get(file);
        JsonNode report = reader.report(s.unit(), s.from(), s.to());
        JsonNode stats = reader.inspectionStatistics(s.unit(), s.from(), s.to());
        for (String level : List.of("DISTRICT_STANDING_COMMITTEE", "INSPECTION_COMMISSION", "GRASSROOTS_COMMITTEE")) {
            JsonNode reported = level(report, level);
            for (String kind : List.of("inspection", "supervision")) {
                JsonNode own = stats.path(kind).path("byLevel").path(level).path("total");
                JsonNode rep = reported.path(kind);
                String what = level + " " + kind;
                assertEquals(own.path("teams").asLong(), rep.path("teams").asLong(), what + " teams");
                assertEquals(own.path("organisationOccurrences").asLong(), rep.path("organisationOccurrences").asLong(), what);
                assertEquals(own.path("distinctOrganisations").asLong(), rep.path("distinctOrganisations").asLong(), what);
                assertEquals(own.path("memberOccurrences").asLong(), rep.path("memberOccurrences").asLong(), what);
                assertEquals(own.path("standingCommitteeManagedMemberOccurrences").asLong(),
                        rep.path("standingCommitteeManagedMembers").asLong(), what);
            }
        }
        JsonNode ownSigns = stats.path("inspection").path("byBasis").path("SIGNS_OF_VIOLATION");
        JsonNode sv = report.path("inspectionSupervision").path("signsOfViolation");
        assertEquals(ownSigns.path("teams").asLong(), sv.path("teams").asLong());
        assertEquals(ownSigns.path("organisationOccurrences").asLong(), sv.path("organisationOccurrences").asLong());
        assertEquals(ownSigns.path("memberOccurrences").asLong(), sv.path("memberOccurrences").asLong());

        JsonNode petitions = reader.petitionStatistics(s.unit(), s.from(), s.to());
        JsonNode c = report.path("citizenReception");
        PetitionStatistics.assertEqual(petitions, c);
    }

    @Test
    @Order(5)
    void reportsDoNotLeakAcrossUnits() {
        Scenario btl = SCENARIOS.get(BTL);
        Scenario ntl = SCENARIOS.get(NTL);
        // the city's report is exactly the sum of its two districts (nothing else was loaded)
        JsonNode city = reader.report("01", btl.from(), btl.to()).path("citizenReception");
        assertEquals(btl.reception().personVisits() + ntl.reception().personVisits(), city.path("personVisits").asLong());
        assertEquals(btl.reception().petitions() + ntl.reception().petitions(), city.path("petitionsReceived").asLong());
        assertEquals(btl.reception().settled() + ntl.reception().settled(), city.path("petitionsSettled").asLong());
        // an official of one district does not see the other's report (404, as if it did not exist)
        Api.ApiException refused = null;
        try {
            reader.reportAs(btl.officials().leader(), ntl.unit(), ntl.from(), ntl.to());
        } catch (Api.ApiException e) {
            refused = e;
        }
        assertTrue(refused != null && (refused.status == 404 || refused.status == 403),
                "leader of " + btl.unit() + " read the report of " + ntl.unit());
        // a ward's report holds nothing of the other district
        Scenario.Ward ward = btl.wards().get(0);
        JsonNode wardReport = reader.report(ward.code(), btl.from(), btl.to()).path("citizenReception");
        assertTrue(wardReport.path("petitionsReceived").asLong() <= btl.reception().petitions());
    }

    static JsonNode level(JsonNode report, String level) {
        for (JsonNode l : report.path("inspectionSupervision").path("byInitiatingLevel")) {
            if (level.equals(l.path("initiatingLevel").asText())) return l;
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode x : array) {
            if (value.equals(x.path(field).asText())) return x;
        }
        fail("no " + field + "=" + value + " in " + array);
        return null;
    }

    /** Unicode NFC, lower case, one spelling of "uỷ/ủy" (the article itself uses both), single spaces. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        n = n.replace("uỷ", "ủy").replace("oà", "òa").replace("oá", "óa").replace("oạ", "ọa");
        return n.replaceAll("\\s+", " ");
    }

    /** Reads reports and statistics through the gateway as the city's leader (covers both districts). */
    static final class Reader {
        final Api api;
        final String cityReader = System.getProperty("minhbach.scenario.reader", "leader.city");

        Reader(Loader.Options o) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            vn.minhbach.scenario.Tokens tokens = new vn.minhbach.scenario.Tokens(http, o.realmUrl(), o.clientId());
            String password = o.password() != null ? o.password() : "minhbach-demo";
            for (String u : List.of(cityReader, "leader.btl", "leader.nam")) tokens.password(u, password);
            this.api = new Api(http, o.gatewayUrl(), tokens);
        }

        JsonNode report(String unit, LocalDate from, LocalDate to) {
            return reportAs(cityReader, unit, from, to);
        }

        JsonNode reportAs(String user, String unit, LocalDate from, LocalDate to) {
            return api.get(user, "/api/v1/reports/period?unit=" + unit + "&from=" + from + "&to=" + to);
        }

        String narrative(String unit, LocalDate from, LocalDate to) {
            return api.text(cityReader, "/api/v1/reports/period?unit=" + unit + "&from=" + from + "&to=" + to,
                    "text/markdown");
        }

        JsonNode inspectionStatistics(String unit, LocalDate from, LocalDate to) {
            return api.get(cityReader, "/api/v1/inspections/statistics?unit=" + unit + "&from=" + from + "&to=" + to);
        }

        JsonNode petitionStatistics(String unit, LocalDate from, LocalDate to) {
            return api.get(cityReader, "/api/v1/petitions/statistics?unit=" + unit + "&from=" + from + "&to=" + to);
        }

        /** Until every source topic has been read to its end (lag 0) and nothing new arrives. */
        void awaitReportSources(Duration max) {
            Instant deadline = Instant.now().plus(max);
            long lastApplied = -1;
            while (Instant.now().isBefore(deadline)) {
                JsonNode sources = api.get(cityReader, "/api/v1/reports/sources");
                boolean caughtUp = sources.size() >= 2;
                long applied = 0;
                for (JsonNode src : sources) {
                    caughtUp &= !src.path("lag").isNull() && src.path("lag").asLong(-1) == 0;
                    applied += src.path("eventsApplied").asLong();
                }
                if (caughtUp && applied == lastApplied) return;
                lastApplied = applied;
                sleep(2000);
            }
            fail("programs-service did not read every event within " + max + ": " + api.get(cityReader, "/api/v1/reports/sources"));
        }

        static void sleep(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
