package vn.minhbach.inspections.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.minhbach.chassis.security.UnitPath;

/** A yearly plan with its planned items. */
public record PlanRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 128) @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @Size(max = 500) List<@Valid @NotNull PlanItemRequest> items) {
}
