package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.inspections.RecommendationStatus;

/** A dated follow-up: the new status, a note and the evidence (document reference). */
@Schema(name = "RecommendationUpdateRequest")
public record RecommendationUpdateCommand(@NotNull LocalDate updateDate, @NotNull RecommendationStatus status,
        @Size(max = 4000) String note, @Size(max = 1000) String evidence) {
}
