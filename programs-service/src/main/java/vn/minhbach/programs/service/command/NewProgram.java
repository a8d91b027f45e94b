package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.minhbach.chassis.security.UnitPath;

/** Create a program (chương trình), e.g. 10-CTr/TU for 2021–2025; the unit defaults to the caller's. */
public record NewProgram(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[\\p{L}\\p{N}./-]+$") String code,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String issuingBody,
        @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @NotNull @Min(1990) @Max(2100) Integer periodStart,
        @NotNull @Min(1990) @Max(2100) Integer periodEnd) {
}
