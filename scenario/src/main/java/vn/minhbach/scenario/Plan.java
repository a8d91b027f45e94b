package vn.minhbach.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * The concrete records the loader creates, generated from a scenario and its seed. Keys are local
 * to the plan; the loader maps them to the ids the services return.
 */
public record Plan(
        Scenario scenario,
        List<Visit> visits,
        List<Petition> petitions,
        List<Organisation> organisations,
        List<Member> members,
        List<Member> staff,
        List<Team> teams) {

    public record Person(String fullName, String idNumber, String phone, String address) {}

    /**
     * A reception visit (lượt tiếp công dân): {@code kind} is the session (REGULAR, PERIODIC_LEADER with
     * a leader present, AD_HOC); {@code petitionKeys} are the petitions handed in during the visit.
     */
    public record Visit(String key, java.time.LocalDateTime visitAt, String kind, int people, boolean groupVisit,
                        String outcome, String summary, String place, String receivingOfficial, String leaderPresent,
                        List<String> petitionKeys) {

        public LocalDate visitDate() {
            return visitAt.toLocalDate();
        }
    }

    /**
     * A petition and the transitions applied to it, in order. {@code inPeriod} says whether its
     * received date falls in the scenario period (the ones outside prove the period filter).
     */
    public record Petition(String key, String kind, String channel, List<String> domains, LocalDate receivedDate,
                           List<Person> petitioners, String subjectKind, String subjectUnit, String title,
                           String content, String wardCode, List<Step> steps, LocalDate flaggedDate, boolean inPeriod) {

        /** The number the reception register gives the paper petition (also written in its content). */
        public String registerReference() {
            return "Sổ tiếp nhận " + wardCode.substring(0, wardCode.lastIndexOf('.')) + "/" + key + "-TN";
        }

        Petition withSteps(List<Step> newSteps) {
            return new Petition(key, kind, channel, domains, receivedDate, petitioners, subjectKind, subjectUnit, title,
                    content, wardCode, List.copyOf(newSteps), flaggedDate, inPeriod);
        }

        Petition flagged(LocalDate date) {
            return new Petition(key, kind, channel, domains, receivedDate, petitioners, subjectKind, subjectUnit, title,
                    content, wardCode, steps, date, inPeriod);
        }

        /** Status on a date, from the steps alone (the contract's "status on to"). */
        public String statusOn(LocalDate date) {
            String status = "RECEIVED";
            for (Step s : steps) {
                if (!s.date().isAfter(date)) status = s.toStatus();
            }
            return status;
        }

        public String finalStatus() {
            return steps.isEmpty() ? "RECEIVED" : steps.get(steps.size() - 1).toStatus();
        }
    }

    /**
     * One transition (petitions-service's actions: ACCEPT, NOT_ACCEPT, TRANSFER, GUIDE, FILE,
     * START_VERIFICATION, RESOLVE, CLOSE, WITHDRAW); {@code toStatus} is the status it leads to,
     * {@code ground} the legal ground of NOT_ACCEPT or the reason of FILE.
     */
    public record Step(String action, String toStatus, LocalDate date, String documentReference, String note,
                       String outcome, String toAgency, String ground) {

        Step on(LocalDate other) {
            return new Step(action, toStatus, other, documentReference, note, outcome, toAgency, ground);
        }

        Step withOutcome(String o) {
            return new Step(action, toStatus, date, documentReference, note, o, toAgency, ground);
        }
    }

    /** A party organisation; {@code parentKey} is the grassroots committee a cell belongs to. */
    public record Organisation(String key, String code, String kind, String name, String unitPath, String parentKey) {}

    /** A party member: a possible target, or (in {@link Plan#staff()}) an inspection commission official. */
    public record Member(String key, String code, String fullName, String position, String organisationKey,
                         boolean standingCommitteeManaged) {

        public String cadreCategory() {
            return standingCommitteeManaged ? "STANDING_COMMITTEE_MANAGED" : "GRASSROOTS_MANAGED";
        }
    }

    public record Target(String targetType, String subjectKey) {}

    public record Recommendation(String text, String ownerUnit, LocalDate dueDate) {}

    /** What the team found at one target (in the order of the team's targets). */
    public record Finding(String findings, String violation, String discipline) {}

    public record Conclusion(LocalDate concludedDate, String reference, List<Finding> findings,
                             List<Recommendation> recommendations, String publicSummary, LocalDate publishedDate) {}

    /** A team decided on {@code decisionDate}, led by a staff member, started, and mostly concluded. */
    public record Team(String key, String group, String kind, String basis, String initiatingLevel,
                       String decisionNumber, LocalDate decisionDate, String leaderKey, List<String> staffKeys,
                       List<String> domains, List<Target> targets, LocalDate startedDate, Conclusion conclusion) {}
}
