package vn.minhbach.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The inspection figures (số liệu kiểm tra, giám sát; docs/contracts.md), each defined once, over the
 * fields of {@code team.decided} (docs/events/schemas): which teams a period counts, what a target
 * occurrence (lượt) is, how distinct organisations and members are told apart, which members are
 * standing-committee managed, and what an inspection on signs of violation is.
 *
 * <p>inspections-service computes its statistics with {@link #count} over its own tables;
 * programs-service computes the period report with SQL over its read model (for speed at scale: per-month
 * aggregates) whose literals come from the constants here, and its test {@code ReportPeriodsTest} holds
 * every figure of that SQL equal to {@link #count} over the same events, for periods cut anywhere. Each
 * service keeps reading only its own database.
 */
public final class InspectionFigureRules {

    private InspectionFigureRules() {
    }

    /** {@code kind} of a team: inspection (kiểm tra) or supervision (giám sát). */
    public static final String INSPECTION = "INSPECTION";
    public static final String SUPERVISION = "SUPERVISION";
    /** {@code basis} of an inspection on signs of violation (kiểm tra khi có dấu hiệu vi phạm). */
    public static final String SIGNS_OF_VIOLATION = "SIGNS_OF_VIOLATION";
    /** {@code targetType} of an organisation target; any other target is a member. */
    public static final String ORGANISATION = "ORGANISATION";
    public static final String MEMBER = "MEMBER";
    /** The organisation kind an organisation target is counted under when it names none. */
    public static final String UNSPECIFIED = "UNSPECIFIED";
    /** The one team status that is not counted: a team exists for the figures from its decision. */
    public static final String PLANNED = "PLANNED";

    /**
     * One target of a team as {@code team.decided} carries it: the snapshot taken at decision (organisation
     * kind, standing-committee management) is what is counted, whatever the subject became later.
     */
    public record Target(String targetType, String subjectId, String organisationKind,
            boolean standingCommitteeManaged) {

        public boolean organisation() {
            return ORGANISATION.equals(targetType);
        }

        /** The kind an organisation occurrence is counted under. */
        public String countedKind() {
            return organisationKind == null || organisationKind.isBlank() ? UNSPECIFIED : organisationKind;
        }

        /** A member target whose member the standing committee manages (diện Ban Thường vụ quản lý). */
        public boolean managedMember() {
            return !organisation() && standingCommitteeManaged;
        }
    }

    /** A decided team as {@code team.decided} carries it. */
    public record Team(String kind, String basis, String initiatingLevel, LocalDate decisionDate,
            List<String> domains, List<Target> targets) {

        public boolean onSignsOfViolation() {
            return InspectionFigureRules.onSignsOfViolation(kind, basis);
        }
    }

    /** Whether a team of this status, decided on {@code decisionDate}, counts in the period [from, to]. */
    public static boolean counted(String status, LocalDate decisionDate, LocalDate from, LocalDate to) {
        return !PLANNED.equals(status) && decisionDate != null && !decisionDate.isBefore(from)
                && !decisionDate.isAfter(to);
    }

    /** An inspection on signs of violation: an inspection (not a supervision) with that basis. */
    public static boolean onSignsOfViolation(String kind, String basis) {
        return INSPECTION.equals(kind) && SIGNS_OF_VIOLATION.equals(basis);
    }

    /**
     * Figures of a set of teams. Occurrences (lượt) count a subject once per team that targeted it; distinct
     * counts say how many different subjects that was (an organisation counted under each kind it was
     * recorded with, and once over all kinds).
     */
    public record Counts(long teams, long organisationOccurrences, Map<String, Long> organisationOccurrencesByKind,
            long distinctOrganisations, Map<String, Long> distinctOrganisationsByKind, long memberOccurrences,
            long distinctMembers, long managedMemberOccurrences, long distinctManagedMembers) {
    }

    public static Counts count(Collection<Team> teams) {
        long orgOcc = 0;
        long memberOcc = 0;
        long managedOcc = 0;
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Set<String>> distinctByKind = new TreeMap<>();
        Set<String> orgs = new HashSet<>();
        Set<String> members = new HashSet<>();
        Set<String> managed = new HashSet<>();
        for (Team t : teams) {
            for (Target x : t.targets()) {
                if (x.organisation()) {
                    orgOcc++;
                    byKind.merge(x.countedKind(), 1L, Long::sum);
                    orgs.add(x.subjectId());
                    distinctByKind.computeIfAbsent(x.countedKind(), k -> new HashSet<>()).add(x.subjectId());
                } else {
                    memberOcc++;
                    members.add(x.subjectId());
                    if (x.managedMember()) {
                        managedOcc++;
                        managed.add(x.subjectId());
                    }
                }
            }
        }
        Map<String, Long> distinctKind = new TreeMap<>();
        distinctByKind.forEach((k, v) -> distinctKind.put(k, (long) v.size()));
        return new Counts(teams.size(), orgOcc, byKind, orgs.size(), distinctKind, memberOcc, members.size(),
                managedOcc, managed.size());
    }

    /** {@link #count} of the teams that match {@code which}. */
    public static Counts count(Collection<Team> teams, Predicate<Team> which) {
        return count(teams.stream().filter(which).toList());
    }
}
