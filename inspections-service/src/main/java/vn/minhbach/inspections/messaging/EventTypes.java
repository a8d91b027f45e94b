package vn.minhbach.inspections.messaging;

/** Event types this service emits and consumes (docs/contracts.md). */
public final class EventTypes {

    public static final String TEAM_DECIDED = "team.decided";
    public static final String TEAM_CONCLUDED = "team.concluded";
    public static final String TEAM_PUBLISHED = "team.published";
    public static final String RECOMMENDATION_OVERDUE = "recommendation.overdue";
    public static final String RECOMMENDATION_REASSIGNED = "recommendation.reassigned";
    public static final String LEAD_OPENED = "lead.opened";
    public static final String LEAD_DISMISSED = "lead.dismissed";
    public static final String CORRUPTION_SIGNS_FLAGGED = "petition.corruption-signs-flagged";

    private EventTypes() {
    }
}
