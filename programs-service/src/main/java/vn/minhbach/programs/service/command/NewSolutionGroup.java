package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A solution group (nhóm giải pháp) of a new project. */
public record NewSolutionGroup(
        @NotNull @Min(1) @Max(999) Integer number,
        @NotBlank @Size(max = 500) String title) {
}
