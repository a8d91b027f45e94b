package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.minhbach.chassis.security.UnitPath;

/** Add a numbered thematic topic (chuyên đề) with its lead unit to a program. */
public record NewTopic(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 500) String title,
        @NotNull @Pattern(regexp = UnitPath.REGEX) String leadUnitPath) {
}
