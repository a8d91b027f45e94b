package vn.minhbach.programs.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.Instrument;

/** Record an instrument (plan, project with solution groups, conclusion, directive, resolution). */
public record NewInstrument(
        @Positive Long programId,
        @NotNull Instrument.Kind kind,
        @NotBlank @Size(max = 40) String number,
        @NotNull @PastOrPresent LocalDate issuedDate,
        @NotBlank @Size(max = 200) String issuer,
        @Pattern(regexp = UnitPath.REGEX) String issuerUnitPath,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 50) List<@Valid @NotNull NewSolutionGroup> solutionGroups) {
}
