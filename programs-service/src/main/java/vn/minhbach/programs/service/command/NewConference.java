package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.security.UnitPath;

/** Record a conference (điểm cầu, đại biểu); the unit defaults to the caller's. */
public record NewConference(
        @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @NotNull @PastOrPresent LocalDate heldDate,
        @NotBlank @Size(max = 500) String title,
        @NotNull Boolean online,
        @NotNull @Min(0) @Max(10000) Integer connectedSites,
        @NotNull @Min(0) @Max(1000000) Integer delegates,
        @Size(max = 20) List<@NotNull @Positive Long> relatedInstrumentIds) {
}
