package vn.minhbach.inspections;

/** Follow-up state of a recommendation (kiến nghị): chưa thực hiện, đang thực hiện, đã thực hiện, thực hiện một phần, không thực hiện. */
public enum RecommendationStatus {
    OPEN, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED;

    /** Still awaiting implementation, so it can fall overdue. */
    public boolean outstanding() {
        return this == OPEN || this == IN_PROGRESS || this == PARTIALLY_IMPLEMENTED;
    }
}
