package vn.minhbach.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The figures a plan produces for its scenario's unit and period, counted by the statistics
 * definitions of docs/contracts.md. The generator's tests hold them equal to the scenario's targets.
 */
public record Figures(
        int visits,
        int personVisits,
        int groupVisits,
        int petitionsReceived,
        int settled,
        int inProgress,
        int corruptionSignsFlagged,
        Map<String, Integer> byKind,
        Map<String, Integer> byChannel,
        Map<String, Integer> byDomain,
        Map<String, TeamFigures> teamGroups) {

    public static final Set<String> SETTLED = Set.of("RESOLVED", "CLOSED", "NOT_ACCEPTED", "TRANSFERRED", "GUIDED",
            "FILED", "WITHDRAWN");

    public record TeamFigures(int teams, int organisationOccurrences, int distinctOrganisations, int memberOccurrences,
                              int standingCommitteeManagedMembers, int concluded) {}

    public static Figures of(Plan plan) {
        Scenario s = plan.scenario();
        LocalDate from = s.from();
        LocalDate to = s.to();
        var visits = plan.visits().stream().filter(v -> in(v.visitDate(), from, to)).toList();
        var petitions = plan.petitions().stream().filter(p -> in(p.receivedDate(), from, to)).toList();
        int settled = (int) petitions.stream().filter(p -> SETTLED.contains(p.statusOn(to))).count();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> channels = new TreeMap<>();
        Map<String, Integer> domains = new TreeMap<>();
        for (var p : petitions) {
            kinds.merge(p.kind(), 1, Integer::sum);
            channels.merge(p.channel(), 1, Integer::sum);
            p.domains().forEach(d -> domains.merge(d, 1, Integer::sum));
        }
        int flagged = (int) plan.petitions().stream()
                .filter(p -> p.flaggedDate() != null && in(p.flaggedDate(), from, to)).count();
        Map<String, Boolean> managed = new TreeMap<>();
        plan.members().forEach(m -> managed.put(m.key(), m.standingCommitteeManaged()));
        Map<String, TeamFigures> groups = new TreeMap<>();
        Map<String, java.util.Set<String>> distinct = new TreeMap<>();
        for (var t : plan.teams()) {
            if (!in(t.decisionDate(), from, to)) continue;
            List<Plan.Target> orgs = t.targets().stream().filter(x -> x.targetType().equals("ORGANISATION")).toList();
            List<Plan.Target> members = t.targets().stream().filter(x -> x.targetType().equals("MEMBER")).toList();
            orgs.forEach(x -> distinct.computeIfAbsent(t.group(), k -> new java.util.HashSet<>()).add(x.subjectKey()));
            int scm = (int) members.stream().filter(x -> managed.get(x.subjectKey())).count();
            groups.merge(t.group(), new TeamFigures(1, orgs.size(), 0, members.size(), scm, t.conclusion() == null ? 0 : 1),
                    (a, b) -> new TeamFigures(a.teams() + b.teams(), a.organisationOccurrences() + b.organisationOccurrences(),
                            0, a.memberOccurrences() + b.memberOccurrences(),
                            a.standingCommitteeManagedMembers() + b.standingCommitteeManagedMembers(),
                            a.concluded() + b.concluded()));
        }
        groups.replaceAll((k, f) -> new TeamFigures(f.teams(), f.organisationOccurrences(),
                distinct.getOrDefault(k, java.util.Set.of()).size(), f.memberOccurrences(),
                f.standingCommitteeManagedMembers(), f.concluded()));
        return new Figures(visits.size(), visits.stream().mapToInt(Plan.Visit::people).sum(),
                (int) visits.stream().filter(Plan.Visit::groupVisit).count(), petitions.size(), settled,
                petitions.size() - settled, flagged, kinds, channels, domains, groups);
    }

    static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
