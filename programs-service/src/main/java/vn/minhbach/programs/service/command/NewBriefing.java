package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.minhbach.chassis.security.UnitPath;

/** Log a periodic briefing (giao ban); the unit defaults to the caller's. */
public record NewBriefing(
        @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @NotNull @PastOrPresent LocalDate heldDate,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String chairedBy,
        @Size(max = 4000) String summary) {
}
