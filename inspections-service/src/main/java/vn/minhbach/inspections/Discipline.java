package vn.minhbach.inspections;

/**
 * Kỷ luật. Members: khiển trách, cảnh cáo, cách chức, khai trừ; organisations: khiển trách, cảnh cáo, giải tán.
 */
public enum Discipline {
    NONE, REPRIMAND, WARNING, DISMISSAL, EXPULSION, DISSOLUTION;

    /** Whether this form of discipline exists for the given kind of target. */
    public boolean appliesTo(TargetType type) {
        return switch (this) {
            case NONE, REPRIMAND, WARNING -> true;
            case DISMISSAL, EXPULSION -> type == TargetType.MEMBER;
            case DISSOLUTION -> type == TargetType.ORGANISATION;
        };
    }
}
