package vn.minhbach.inspections;

import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of a team: planned → decided → in progress → concluded → published. The allowed moves
 * are data here so the rule lives in one place; anything else is a 409.
 */
public enum TeamStatus {
    PLANNED, DECIDED, IN_PROGRESS, CONCLUDED, PUBLISHED;

    private static final Map<TeamStatus, Set<TeamStatus>> NEXT = Map.of(
            PLANNED, Set.of(DECIDED),
            DECIDED, Set.of(IN_PROGRESS),
            IN_PROGRESS, Set.of(CONCLUDED),
            CONCLUDED, Set.of(PUBLISHED),
            PUBLISHED, Set.of());

    public boolean canMoveTo(TeamStatus to) {
        return NEXT.get(this).contains(to);
    }
}
