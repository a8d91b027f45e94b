package vn.minhbach.inspections.messaging;

import java.time.LocalDate;

/** {@code recommendation.overdue}: announced once per recommendation. */
public record RecommendationOverdue(String unitPath, String recommendationId, String teamId, String ownerUnit,
        LocalDate dueDate) {
}
