package vn.minhbach.inspections.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.minhbach.inspections.RecommendationStatus;

public record RecommendationResponse(UUID id, UUID teamId, UUID targetId, String unitPath, String text,
        String ownerUnit, LocalDate dueDate, RecommendationStatus status, LocalDate statusDate, boolean overdue,
        List<Update> updates) {

    public record Update(LocalDate updateDate, RecommendationStatus status, String note, String evidence,
            String recordedBy) {
    }
}
