package vn.minhbach.inspections.rest;

import java.util.List;
import java.util.UUID;
import vn.minhbach.inspections.TeamKind;

/** A plan with its items and completion figures (an item is done when one of its teams is concluded). */
public record PlanResponse(UUID id, String unitPath, int year, String title, List<Item> items, Completion completion) {

    public record Item(UUID id, TeamKind kind, String description, Integer plannedQuarter, List<UUID> teamIds,
            boolean decided, boolean concluded) {
    }

    public record Completion(int items, int decided, int concluded, int percentConcluded) {
    }
}
