package vn.minhbach.inspections.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Discipline;
import vn.minhbach.inspections.Violation;

/**
 * The conclusion (kết luận) of a team: one entry per target, the recommendations, and whether the
 * result is meant for publication with its redacted public summary.
 */
@Schema(name = "ConclusionRequest")
public record ConclusionCommand(
        @NotNull LocalDate concludedDate,
        @NotBlank @Size(max = 64) String conclusionReference,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull TargetConclusion> targets,
        @Size(max = 500) List<@Valid @NotNull RecommendationCommand> recommendations,
        boolean forPublication,
        boolean decisionPublic,
        @Size(max = 4000) String publicSummary) {

    public record TargetConclusion(@NotNull UUID targetId, @Size(max = 8000) String findings,
            @NotNull Violation violation, Discipline discipline) {
    }

    @Schema(name = "RecommendationRequest")
    public record RecommendationCommand(UUID targetId, @NotBlank @Size(max = 2000) String text,
            @NotNull @Size(max = 128) @Pattern(regexp = UnitPath.REGEX) String ownerUnit,
            @NotNull LocalDate dueDate) {
    }
}
