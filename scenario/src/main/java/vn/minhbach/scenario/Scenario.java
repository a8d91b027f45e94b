package vn.minhbach.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: the figures a district must report for a period (the targets) and the realism
 * parameters the generator uses to invent concrete records that produce exactly those figures.
 * The format is documented in docs/scenario.md; nothing in the services knows any scenario.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Scenario(
        String name,
        String unit,
        String unitName,
        LocalDate from,
        LocalDate to,
        long seed,
        List<Ward> wards,
        Officials officials,
        Reception reception,
        Inspection inspection,
        Program program,
        List<String> expectedNarrative) {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public static Scenario read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static Scenario read(InputStream in) throws IOException {
        Scenario s = JSON.readValue(in, Scenario.class);
        List<String> problems = s.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid scenario: " + String.join("; ", problems));
        }
        return s;
    }

    /** Checks that the targets can be met at all; the generator assumes a valid scenario. */
    public List<String> validate() {
        List<String> p = new ArrayList<>();
        if (unit == null || !unit.matches("\\d{2}(\\.\\d{3,5})*")) p.add("unit must be a unit path like 01.021");
        if (from == null || to == null || from.isAfter(to)) p.add("from/to must be an inclusive period");
        if (to != null && to.isAfter(LocalDate.now())) p.add("to must not be in the future");
        if (officials == null) p.add("officials are required");
        if (officials != null && program != null && officials.program() == null) p.add("officials.program is required for a program section");
        if (reception != null) reception.validate(p);
        if (inspection != null) inspection.validate(p);
        return p;
    }

    public record Ward(String code, String name) {}

    /** Keycloak user names acting in the scenario (passwords: docs/scenario.md). */
    public record Officials(String reception, String handler, String inspector, String program, String leader,
                            String password) {}

    public record Reception(
            int personVisits,
            int visits,
            int groupVisits,
            int petitions,
            int settled,
            int corruptionSignsFlagged,
            Map<String, Integer> kinds,
            Map<String, Integer> channels,
            Map<String, Integer> domains,
            Map<String, Integer> settledOutcomes,
            Map<String, Integer> inProgressStatuses,
            double settledAfterPeriodShare,
            Outside outsidePeriod) {

        public int inProgress() {
            return petitions - settled;
        }

        void validate(List<String> p) {
            if (petitions < 0 || settled < 0 || settled > petitions) p.add("reception.settled must be within 0..petitions");
            if (groupVisits > visits) p.add("reception.groupVisits must not exceed visits");
            // every group visit has at least 5 people, every other visit 1 or 2
            int min = (visits - groupVisits) + 5 * groupVisits;
            int max = 2 * (visits - groupVisits) + 60 * groupVisits;
            if (personVisits < min || personVisits > max) {
                p.add("reception.personVisits must be within " + min + ".." + max + " for these visits");
            }
            if (corruptionSignsFlagged > petitions) p.add("reception.corruptionSignsFlagged exceeds petitions");
            for (var e : Map.of("kinds", kinds, "channels", channels, "domains", domains,
                    "settledOutcomes", settledOutcomes, "inProgressStatuses", inProgressStatuses).entrySet()) {
                if (e.getValue() == null || e.getValue().isEmpty()) p.add("reception." + e.getKey() + " must list weights");
            }
        }
    }

    /** Petitions received outside the period, which must not count (they prove the period filter). */
    public record Outside(int before, int after) {}

    public record Inspection(
            Map<String, Integer> partyOrganisations,
            int partyMembers,
            int standingCommitteeManagedMembers,
            List<TeamGroup> teamGroups) {

        void validate(List<String> p) {
            for (TeamGroup g : teamGroups) {
                int pool = partyOrganisations.getOrDefault(g.organisationKind(), 0);
                if (g.organisationOccurrences() > 0 && pool == 0) p.add(g.label() + ": no " + g.organisationKind() + " organisations");
                if (g.teams() <= 0) p.add(g.label() + ": teams must be positive");
                if (g.organisationOccurrences() + g.memberOccurrences() < g.teams()) {
                    p.add(g.label() + ": every team needs at least one target");
                }
                int perTeamMax = g.teams() * Math.max(1, pool);
                if (g.organisationOccurrences() > perTeamMax) p.add(g.label() + ": more occurrences than organisations × teams");
                if (g.standingCommitteeManagedMembers() > g.memberOccurrences()) p.add(g.label() + ": managed members exceed members");
                if (g.standingCommitteeManagedMembers() > 0 && standingCommitteeManagedMembers == 0) {
                    p.add(g.label() + ": no standing-committee-managed members in the pool");
                }
                if (g.from().isAfter(g.to())) p.add(g.label() + ": from after to");
                if (g.distinctOrganisations() != null && (g.distinctOrganisations() > g.organisationOccurrences()
                        || g.distinctOrganisations() > pool || g.distinctOrganisations() < 1)) {
                    p.add(g.label() + ": distinctOrganisations must be within 1..min(occurrences, organisations)");
                }
            }
            if (standingCommitteeManagedMembers > partyMembers) p.add("inspection.standingCommitteeManagedMembers exceeds partyMembers");
        }
    }

    /**
     * Teams of one kind, basis and initiating level decided within [from, to], with the exact
     * number of organisation and member occurrences they target; {@code distinctOrganisations}, when
     * given, is how many different organisations those occurrences are ("44 lượt chi bộ" = 44
     * occurrences over fewer cells).
     */
    public record TeamGroup(
            String label,
            String kind,
            String basis,
            String initiatingLevel,
            int teams,
            String organisationKind,
            int organisationOccurrences,
            Integer distinctOrganisations,
            int memberOccurrences,
            int standingCommitteeManagedMembers,
            List<String> domains,
            LocalDate from,
            LocalDate to,
            double concludedShare,
            String decisionSuffix) {}

    public record Program(
            List<ProgramSpec> programs,
            List<Instrument> instruments,
            List<Conference> conferences) {}

    /**
     * A program; created if no program with this code exists yet (programs are city documents shared
     * by districts). The scenario's unit gets one task on each of the first {@code topicsImplemented}
     * topics, assigned on {@code tasksAssigned}.
     */
    public record ProgramSpec(String code, String title, String issuingBody, int startYear, int endYear,
                              LocalDate issuedDate, List<String> topics, int topicsImplemented, LocalDate tasksAssigned) {}

    /** A plan, project, conclusion, directive … issued under (or alongside) a program. */
    public record Instrument(String type, String number, String title, LocalDate issuedDate, String issuer,
                             String programCode, List<String> solutionGroups, LocalDate tasksAssigned) {}

    public record Conference(String title, LocalDate date, boolean online, int sites, int delegates,
                             String programCode) {}
}
