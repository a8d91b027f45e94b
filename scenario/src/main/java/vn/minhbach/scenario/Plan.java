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

    /** A reception visit; {@code petitionKeys} are the petitions handed in during the visit. */
    public record Visit(String key, LocalDate visitDate, String kind, int people, boolean groupVisit,
                        String outcome, String subject, Person representative, List<String> petitionKeys) {}

    /**
     * A petition and the transitions applied to it, in order. {@code inPeriod} says whether its
     * received date falls in the scenario period (the ones outside prove the period filter).
     */
    public record Petition(String key, String kind, String channel, List<String> domains, LocalDate receivedDate,
                           boolean anonymous, Person petitioner, String title, String content, String wardCode,
                           List<Step> steps, LocalDate flaggedDate, boolean inPeriod) {

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
     * One transition. {@code action} is the loader's verb (ACCEPT, START_VERIFICATION, RESOLVE, GUIDE,
     * TRANSFER, REFUSE, WITHDRAW, FILE, CLOSE); {@code toStatus} the status it leads to.
     */
    public record Step(String action, String toStatus, LocalDate date, String note, String outcome, String toAgency) {}

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
