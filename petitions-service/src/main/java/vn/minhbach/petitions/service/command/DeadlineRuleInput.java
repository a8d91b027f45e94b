package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.minhbach.petitions.Complexity;
import vn.minhbach.petitions.CountUnit;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.PetitionKind;

public record DeadlineRuleInput(
        @NotNull PetitionKind kind,
        @NotNull @Min(1) @Max(2) Integer instance,
        @NotNull Deadline phase,
        @NotNull Complexity complexity,
        boolean remoteArea,
        @NotNull @Min(1) @Max(365) Integer days,
        @NotNull CountUnit countUnit,
        @Min(0) @Max(5) int maxExtensions,
        @Min(0) @Max(365) int extensionDays,
        @NotBlank @Size(max = 300) String legalBasis,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
