package vn.minhbach.inspections.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.minhbach.inspections.TeamKind;

public record PlanItemRequest(@NotNull TeamKind kind, @NotBlank @Size(max = 1000) String description,
        @Min(1) @Max(4) Integer plannedQuarter) {
}
