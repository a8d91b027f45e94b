package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.inspections.TeamKind;

@Schema(name = "PlanItemRequest")
public record PlanItemCommand(@NotNull TeamKind kind, @NotBlank @Size(max = 1000) String description,
        @Min(1) @Max(4) Integer plannedQuarter) {
}
