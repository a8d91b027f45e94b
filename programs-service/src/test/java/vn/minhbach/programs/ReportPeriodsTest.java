package vn.minhbach.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.minhbach.programs.Fixtures.as;
import static vn.minhbach.programs.Fixtures.inspectionEvent;
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
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.minhbach.events.InspectionFigureRules;

/**
 * The report's figures for any period — whole months or not, one day, across a year's end — equal the
 * definitions of docs/contracts.md counted one by one over the events sent (01.984…). The report
 * reads whole months from per-month aggregates and the partial first and last months from the fact
 * rows, so a period that starts or ends mid-month, or a settle date in the last, partial month, is
 * where a wrong cut would show. The events are sent, then sent again as re-published copies under
 * new ids: nothing may count twice.
 */
@QuarkusTest
class ReportPeriodsTest {

    static final String UNIT = "01.984";
    static final List<String> UNITS = List.of(UNIT, UNIT + ".00001", UNIT + ".00002", "01.9841");
    static final LocalDate BASE = LocalDate.of(2021, 12, 20);
    static final List<String> LEVELS = List.of("DISTRICT_STANDING_COMMITTEE", "INSPECTION_COMMISSION",
            "GRASSROOTS_COMMITTEE");
    static final List<String> DOMAINS = List.of("LAND_MANAGEMENT", "CONSTRUCTION_ORDER", "PUBLIC_INVESTMENT");
    static final Set<String> TERMINAL = Set.of("RESOLVED", "CLOSED", "WITHDRAWN");

    record Petition(String id, String unit, LocalDate received, LocalDate settled, LocalDate flagged,
            List<Fixtures.Event> events) {
    }

    record Visit(String id, String unit, LocalDate date, int people, boolean group) {
    }

    record Target(String subject, boolean organisation, String organisationKind, boolean managed) {
    }

    record Team(String id, String unit, String level, String kind, boolean signs, LocalDate decided,
            List<String> domains, List<Target> targets) {

        String basis() {
            return signs ? InspectionFigureRules.SIGNS_OF_VIOLATION : "REGULAR";
        }

        /** The team as its team.decided event carries it (see events()). */
        InspectionFigureRules.Team fact() {
            return new InspectionFigureRules.Team(kind, basis(), level, decided, domains,
                    targets.stream().map(x -> new InspectionFigureRules.Target(x.organisation()
                            ? InspectionFigureRules.ORGANISATION : InspectionFigureRules.MEMBER, x.subject(),
                            x.organisationKind(), x.managed())).toList());
        }
    }

    static final List<Petition> PETITIONS = new ArrayList<>();
    static final List<Visit> VISITS = new ArrayList<>();
    static final List<Team> TEAMS = new ArrayList<>();
    /** Each petition's status after each business day with a transition: its status on any day. */
    static final Map<String, java.util.TreeMap<LocalDate, String>> STATUSES = new java.util.HashMap<>();

    static {
        Random random = new Random(984);
        for (int i = 0; i < 160; i++) {
            String id = Fixtures.uuid("p-periods-" + i);
            String unit = UNITS.get(random.nextInt(UNITS.size()));
            LocalDate received = BASE.plusDays(random.nextInt(200));
            LocalDate d1 = received.plusDays(random.nextInt(60));
            LocalDate flagged = random.nextInt(5) == 0 ? received.plusDays(random.nextInt(40)) : null;
            List<Fixtures.Event> events = new ArrayList<>();
            events.add(petitionEvent("petition.received", id, Map.of("unitPath", unit, "petitionId", id, "number",
                    "PP-" + i, "kind", "COMPLAINT", "channel", "POST", "domains", List.of(),
                    "receivedDate", received.toString(), "anonymous", false)));
            // The settle date the read model keeps (docs/programs.md): the first date of the current
            // terminal status, none when the petition is back in progress.
            LocalDate settled = switch (i % 6) {
                case 0 -> null;
                case 1 -> step(events, id, unit, "ACCEPTED", "RESOLVED", d1);
                case 2 -> step(events, id, unit, "RECEIVED", "WITHDRAWN", d1);
                case 3 -> {
                    step(events, id, unit, "ACCEPTED", "RESOLVED", d1);
                    yield step(events, id, unit, "RESOLVED", "CLOSED", d1.plusDays(5)) == null ? null : d1;
                }
                case 4 -> {
                    step(events, id, unit, "ACCEPTED", "RESOLVED", d1);
                    yield step(events, id, unit, "RESOLVED", "ACCEPTED", d1.plusDays(3));
                }
                default -> {
                    step(events, id, unit, "ACCEPTED", "RESOLVED", d1);
                    step(events, id, unit, "RESOLVED", "ACCEPTED", d1.plusDays(3));
                    yield step(events, id, unit, "ACCEPTED", "RESOLVED", d1.plusDays(10));
                }
            };
            if (flagged != null) {
                events.add(petitionEvent("petition.corruption-signs-flagged", id, Map.of("unitPath", unit,
                        "petitionId", id, "number", "PP-" + i, "kind", "COMPLAINT", "domains", List.of(),
                        "summary", "dấu hiệu", "flaggedDate", flagged.toString())));
            }
            PETITIONS.add(new Petition(id, unit, received, settled, flagged, events));
        }
        for (int i = 0; i < 60; i++) {
            int people = 1 + random.nextInt(12);
            VISITS.add(new Visit(Fixtures.uuid("v-periods-" + i), UNITS.get(random.nextInt(UNITS.size())),
                    BASE.plusDays(random.nextInt(200)), people, people >= 5));
        }
        for (int i = 0; i < 48; i++) {
            String kind = random.nextBoolean() ? "INSPECTION" : "SUPERVISION";
            boolean signs = "INSPECTION".equals(kind) && random.nextInt(4) == 0;
            List<Target> targets = new ArrayList<>();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                int s = random.nextInt(10);
                if (s < 7) {
                    // o5 is recorded as a party cell by some teams and as another committee by others;
                    // o6 without a kind.
                    String orgKind = switch (s) {
                        case 0, 1, 2 -> "PARTY_CELL";
                        case 3, 4 -> "GRASSROOTS_COMMITTEE";
                        case 5 -> i % 2 == 0 ? "PARTY_CELL" : "OTHER_COMMITTEE";
                        default -> null;
                    };
                    targets.add(new Target("o" + s, true, orgKind, false));
                } else {
                    targets.add(new Target("m" + random.nextInt(5), false, null, random.nextBoolean()));
                }
            }
            TEAMS.add(new Team("t-periods-" + i, UNITS.get(random.nextInt(UNITS.size())),
                    LEVELS.get(random.nextInt(LEVELS.size())), kind, signs, BASE.plusDays(random.nextInt(200)),
                    signs ? List.of(DOMAINS.get(random.nextInt(DOMAINS.size()))) : List.of(), targets));
        }
    }

    /** Adds a transition event; returns its date when the new status is terminal, else null. */
    static LocalDate step(List<Fixtures.Event> events, String id, String unit, String from, String to, LocalDate on) {
        Map<String, Object> data = new LinkedHashMap<>(Map.of("unitPath", unit, "petitionId", id, "from", from,
                "to", to, "effectiveDate", on.toString()));
        String type = "RESOLVED".equals(to) ? "petition.resolved" : "petition.status-changed";
        if ("RESOLVED".equals(to)) {
            data.put("outcome", "RIGHT");
            data.put("onTime", true);
        }
        events.add(petitionEvent(type, id, data));
        STATUSES.computeIfAbsent(id, k -> new java.util.TreeMap<>()).put(on, to);
        return TERMINAL.contains(to) ? on : null;
    }

    /** Every event; built anew on each call, so a second call gives re-published copies under new ids. */
    static List<Fixtures.Event> events() {
        List<Fixtures.Event> events = new ArrayList<>();
        for (Petition p : PETITIONS) {
            for (Fixtures.Event e : p.events()) {
                var node = Fixtures.JSON.convertValue(readTree(e.json()).get("data"), Map.class);
                events.add(petitionEvent(readTree(e.json()).get("type").asText(), p.id(), node));
            }
        }
        for (Visit v : VISITS) {
            events.add(petitionEvent("reception-visit.recorded", v.id(), Map.of("unitPath", v.unit(), "visitId",
                    v.id(), "visitDate", v.date().toString(), "kind", "REGULAR", "people", v.people(), "groupVisit",
                    v.group(), "outcome", "GUIDANCE_GIVEN", "petitionIds", List.of())));
        }
        for (Team t : TEAMS) {
            List<Map<String, Object>> targets = new ArrayList<>();
            for (Target x : t.targets()) {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("targetType", x.organisation() ? "ORGANISATION" : "MEMBER");
                target.put("subjectId", x.subject());
                if (x.organisationKind() != null) {
                    target.put("organisationKind", x.organisationKind());
                }
                if (!x.organisation()) {
                    target.put("standingCommitteeManaged", x.managed());
                }
                targets.add(target);
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("unitPath", t.unit());
            data.put("teamId", t.id());
            data.put("kind", t.kind());
            data.put("basis", t.basis());
            data.put("initiatingLevel", t.level());
            data.put("decisionNumber", "QĐ-" + t.id());
            data.put("decisionDate", t.decided().toString());
            data.put("domains", t.domains());
            data.put("targets", targets);
            events.add(inspectionEvent("team.decided", t.id(), data));
        }
        return events;
    }

    static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean loaded;

    static synchronized void load() {
        if (loaded) {
            return;
        }
        List<Fixtures.Event> twice = new ArrayList<>(events());
        twice.addAll(events());
        Fixtures.send(twice);
        LocalDate from = BASE.withDayOfMonth(1);
        LocalDate to = BASE.plusMonths(9);
        Fixtures.await("every event of " + UNIT, Duration.ofSeconds(120), () -> {
            JsonPath r = report(UNIT, from, to);
            Map<String, Object> expected = expected(UNIT, from, to);
            return expected.get("petitionsReceived").equals(r.getLong("citizenReception.petitionsReceived"))
                    && expected.get("petitionsSettled").equals(r.getLong("citizenReception.petitionsSettled"))
                    && expected.get("corruptionSignsFlagged").equals(r.getLong("citizenReception.corruptionSignsFlagged"))
                    && expected.get("visits").equals(r.getLong("citizenReception.visits"))
                    && expected.get("levels").equals(levels(r));
        });
        loaded = true;
    }

    static JsonPath report(String unit, LocalDate from, LocalDate to) {
        return as("leader", unit, "leader").get("/api/v1/reports/period?unit=" + unit + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath();
    }

    static boolean within(String unit, String root) {
        return unit.equals(root) || unit.startsWith(root + ".");
    }

    static boolean terminalOn(String petitionId, LocalDate day) {
        var history = STATUSES.getOrDefault(petitionId, new java.util.TreeMap<>());
        var status = history.floorEntry(day);
        return status != null && TERMINAL.contains(status.getValue());
    }

    static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }

    /** The figures counted one by one from the events, per docs/contracts.md. */
    static Map<String, Object> expected(String root, LocalDate from, LocalDate to) {
        Map<String, Object> e = new LinkedHashMap<>();
        List<Visit> visits = VISITS.stream().filter(v -> within(v.unit(), root) && in(v.date(), from, to)).toList();
        e.put("visits", (long) visits.size());
        e.put("personVisits", visits.stream().mapToLong(Visit::people).sum());
        e.put("groupVisits", visits.stream().filter(Visit::group).count());
        List<Petition> received = PETITIONS.stream()
                .filter(p -> within(p.unit(), root) && in(p.received(), from, to)).toList();
        // Settled: the status on `to`, from the history (issue 18.1): a petition resolved by `to` and
        // reopened after it counts as settled in that period's report.
        long settled = received.stream().filter(p -> terminalOn(p.id(), to)).count();
        e.put("petitionsReceived", (long) received.size());
        e.put("petitionsSettled", settled);
        e.put("petitionsInProgress", received.size() - settled);
        e.put("corruptionSignsFlagged", PETITIONS.stream()
                .filter(p -> within(p.unit(), root) && in(p.flagged(), from, to)).count());
        // The inspection figures: InspectionFigureRules (module events), what inspections-service's statistics
        // count with, over the teams as team.decided carries them.
        List<Team> teams = TEAMS.stream().filter(t -> within(t.unit(), root)
                && InspectionFigureRules.counted("DECIDED", t.decided(), from, to)).toList();
        Map<String, Object> levels = new TreeMap<>();
        for (String level : LEVELS) {
            for (String kind : List.of(InspectionFigureRules.INSPECTION, InspectionFigureRules.SUPERVISION)) {
                InspectionFigureRules.Counts c = InspectionFigureRules.count(teams.stream()
                        .filter(t -> t.level().equals(level) && t.kind().equals(kind)).map(Team::fact).toList());
                levels.put(level + "/" + kind, List.of(c.teams(), c.organisationOccurrences(),
                        c.distinctOrganisations(), c.organisationOccurrencesByKind(), c.distinctOrganisationsByKind(),
                        c.memberOccurrences(), c.managedMemberOccurrences()));
            }
        }
        e.put("levels", levels);
        List<Team> signs = teams.stream().filter(t -> t.fact().onSignsOfViolation()).toList();
        InspectionFigureRules.Counts c = InspectionFigureRules.count(signs.stream().map(Team::fact).toList());
        e.put("signs", List.of(c.teams(), c.organisationOccurrences(), c.memberOccurrences(),
                c.managedMemberOccurrences(),
                signs.stream().flatMap(t -> t.domains().stream()).distinct()
                        .sorted(java.util.Comparator.comparingInt(DOMAINS::indexOf)).toList(),
                signs.stream().map(Team::level).distinct().sorted().toList()));
        return e;
    }

    /** The report's figures in the shape of {@link #expected}. */
    static Map<String, Object> actual(JsonPath r) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (String figure : List.of("visits", "personVisits", "groupVisits", "petitionsReceived", "petitionsSettled",
                "petitionsInProgress", "corruptionSignsFlagged")) {
            a.put(figure, r.getLong("citizenReception." + figure));
        }
        a.put("levels", levels(r));
        String s = "inspectionSupervision.signsOfViolation.";
        a.put("signs", List.of(r.getLong(s + "teams"), r.getLong(s + "organisationOccurrences"),
                r.getLong(s + "memberOccurrences"), r.getLong(s + "standingCommitteeManagedMembers"),
                r.getList(s + "domains", String.class), r.getList(s + "initiatingLevels", String.class)));
        return a;
    }

    static Map<String, Object> levels(JsonPath r) {
        Map<String, Object> levels = new TreeMap<>();
        List<Map<String, Object>> byLevel = r.getList("inspectionSupervision.byInitiatingLevel");
        for (Map<String, Object> level : byLevel) {
            for (String kind : List.of("INSPECTION", "SUPERVISION")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> a = (Map<String, Object>) level.get(kind.toLowerCase());
                levels.put(level.get("initiatingLevel") + "/" + kind, List.of(num(a.get("teams")),
                        num(a.get("organisationOccurrences")), num(a.get("distinctOrganisations")),
                        longs(a.get("organisationOccurrencesByKind")), longs(a.get("distinctOrganisationsByKind")),
                        num(a.get("memberOccurrences")), num(a.get("standingCommitteeManagedMembers"))));
            }
        }
        return levels;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static Map<String, Long> longs(Object o) {
        Map<String, Long> m = new TreeMap<>();
        ((Map<?, ?>) o).forEach((k, v) -> m.put((String) k, num(v)));
        return m;
    }

    @Test
    void everyPeriodCountsExactlyTheDefinitions() {
        load();
        // Whole months, a partial first or last month or both, within one month, one day, a period
        // ending on the last day of a month but starting mid-month, across the year's end, nothing.
        List<LocalDate[]> periods = new ArrayList<>();
        for (String[] p : new String[][] {
                {"2022-01-01", "2022-03-31"}, {"2022-01-15", "2022-03-31"}, {"2022-01-01", "2022-03-17"},
                {"2022-01-15", "2022-04-10"}, {"2022-02-03", "2022-02-20"}, {"2022-02-28", "2022-02-28"},
                {"2022-02-14", "2022-04-30"}, {"2021-12-25", "2022-01-05"}, {"2021-12-01", "2022-07-31"},
                {"2022-03-01", "2022-03-31"}, {"2022-04-30", "2022-05-01"}, {"2020-01-01", "2020-12-31"}}) {
            periods.add(new LocalDate[] {LocalDate.parse(p[0]), LocalDate.parse(p[1])});
        }
        Random random = new Random(1984);
        for (int i = 0; i < 36; i++) {
            LocalDate from = BASE.plusDays(random.nextInt(200) - 10);
            periods.add(new LocalDate[] {from, from.plusDays(random.nextInt(120))});
        }
        Map<String, Object> failures = new HashMap<>();
        for (String unit : List.of(UNIT, UNIT + ".00001", UNIT + ".00002")) {
            for (LocalDate[] p : periods) {
                Map<String, Object> expected = expected(unit, p[0], p[1]);
                Map<String, Object> actual = actual(report(unit, p[0], p[1]));
                if (!expected.equals(actual)) {
                    failures.put(unit + " " + p[0] + ".." + p[1], "expected " + expected + "\n   actual " + actual);
                }
            }
        }
        assertEquals(Map.of(), failures);
        // The look-alike district 01.9841 had events too: none of them is in 01.984's figures.
        assertEquals(PETITIONS.stream().filter(p -> within(p.unit(), UNIT)).count(),
                report(UNIT, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31)).getLong("citizenReception.petitionsReceived"));
    }
}
