package vn.minhbach.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator must make every scenario's figures come out exactly, with realistic records. */
class GeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Scenario load(String file) throws Exception {
        return Scenario.read(Path.of("scenarios", file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bac-tu-liem-2021-2022.json", "nam-tu-liem-2021-2022.json"})
    void figuresComeOutExactlyAsTheScenarioStates(String file) throws Exception {
        Scenario s = load(file);
        Figures f = Figures.of(new Generator(TODAY).generate(s));

        assertEquals(s.reception().visits(), f.visits());
        assertEquals(s.reception().personVisits(), f.personVisits());
        assertEquals(s.reception().groupVisits(), f.groupVisits());
        assertEquals(s.reception().petitions(), f.petitionsReceived());
        assertEquals(s.reception().settled(), f.settled());
        assertEquals(s.reception().inProgress(), f.inProgress());
        assertEquals(s.reception().corruptionSignsFlagged(), f.corruptionSignsFlagged());
        for (Scenario.TeamGroup g : s.inspection().teamGroups()) {
            Figures.TeamFigures t = f.teamGroups().get(g.label());
            assertEquals(g.teams(), t.teams(), g.label());
            assertEquals(g.organisationOccurrences(), t.organisationOccurrences(), g.label());
            assertEquals(g.memberOccurrences(), t.memberOccurrences(), g.label());
            if (g.distinctOrganisations() != null) {
                assertEquals(g.distinctOrganisations(), t.distinctOrganisations(), g.label());
            }
            assertEquals(g.standingCommitteeManagedMembers(), t.standingCommitteeManagedMembers(), g.label());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bac-tu-liem-2021-2022.json", "nam-tu-liem-2021-2022.json"})
    void theSameSeedGivesTheSamePlan(String file) throws Exception {
        Scenario s = load(file);
        assertEquals(new Generator(TODAY).generate(s), new Generator(TODAY).generate(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bac-tu-liem-2021-2022.json", "nam-tu-liem-2021-2022.json"})
    void recordsAreRealistic(String file) throws Exception {
        Scenario s = load(file);
        Plan plan = new Generator(TODAY).generate(s);

        // received dates spread over the period: every quarter of it has petitions
        long span = s.to().toEpochDay() - s.from().toEpochDay();
        for (int q = 0; q < 4; q++) {
            LocalDate a = s.from().plusDays(span * q / 4);
            LocalDate b = s.from().plusDays(span * (q + 1) / 4);
            assertTrue(plan.petitions().stream().anyMatch(p -> !p.receivedDate().isBefore(a) && p.receivedDate().isBefore(b)),
                    "no petition in quarter " + q);
        }
        Set<String> statuses = new HashSet<>();
        for (Plan.Petition p : plan.petitions()) {
            LocalDate prev = p.receivedDate();
            for (Plan.Step step : p.steps()) {
                assertFalse(step.date().isBefore(prev), p.key() + " step before the previous one");
                assertFalse(step.date().isAfter(TODAY), p.key() + " step in the future");
                prev = step.date();
            }
            if (p.inPeriod()) statuses.add(p.statusOn(s.to()));
            assertFalse(p.petitioners().isEmpty());
        }
        // a real mix of outcomes and open states, not one path for all
        assertTrue(statuses.containsAll(List.of("RESOLVED", "GUIDED", "TRANSFERRED", "NOT_ACCEPTED", "ACCEPTED",
                "UNDER_VERIFICATION", "RECEIVED")), statuses.toString());
        // some petitions in progress on `to` were settled later: the report must count status on `to`
        assertTrue(plan.petitions().stream().anyMatch(p -> p.inPeriod()
                && !Figures.SETTLED.contains(p.statusOn(s.to())) && Figures.SETTLED.contains(p.finalStatus())));
        // petitions outside the period exist and must not count
        assertTrue(plan.petitions().stream().anyMatch(p -> !p.inPeriod()));
        // every team has a leader, members and at least one target; most are concluded
        for (Plan.Team t : plan.teams()) {
            assertFalse(t.targets().isEmpty(), t.key());
            assertTrue(t.staffKeys().size() >= 2, t.key());
            assertFalse(t.staffKeys().contains(t.leaderKey()));
            assertFalse(t.startedDate().isBefore(t.decisionDate()));
            if (t.conclusion() != null) {
                assertTrue(t.conclusion().concludedDate().isAfter(t.startedDate()));
                assertEquals(t.targets().size(), t.conclusion().findings().size());
            }
            // staff never inspect themselves: no staff member or their organisation is a target
            Set<String> staffKeys = new HashSet<>(t.staffKeys());
            staffKeys.add(t.leaderKey());
            t.targets().forEach(x -> assertFalse(staffKeys.contains(x.subjectKey()) || x.subjectKey().equals("UBKT")));
            // a team never targets the same subject twice
            assertEquals(t.targets().size(), new HashSet<>(t.targets()).size(), t.key());
        }
        assertTrue(plan.teams().stream().filter(t -> t.conclusion() != null).count() > plan.teams().size() / 2);
        // codes are unique (the service refuses a taken code)
        Set<String> codes = new HashSet<>();
        plan.organisations().forEach(o -> assertTrue(codes.add(o.code()), o.code()));
        plan.members().forEach(m -> assertTrue(codes.add(m.code()), m.code()));
        plan.staff().forEach(m -> assertTrue(codes.add(m.code()), m.code()));
        // a cell lies in its grassroots committee's unit, inside the scenario's unit
        for (Plan.Organisation o : plan.organisations()) {
            assertTrue(o.unitPath().equals(s.unit()) || o.unitPath().startsWith(s.unit() + "."), o.unitPath());
        }
        // every in-person petition of the period is handed in during a reception visit
        Set<String> handedIn = new HashSet<>();
        plan.visits().forEach(v -> handedIn.addAll(v.petitionKeys()));
        plan.petitions().stream().filter(p -> p.inPeriod() && p.channel().equals("AT_RECEPTION"))
                .forEach(p -> assertTrue(handedIn.contains(p.key()), p.key()));
    }
}
