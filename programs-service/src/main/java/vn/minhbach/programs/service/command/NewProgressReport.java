package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.programs.ReportingPeriod;

/** Submit progress for a task and period. */
public record NewProgressReport(
        @NotNull @Positive Long taskId,
        @NotNull @Pattern(regexp = ReportingPeriod.REGEX) String period,
        @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal value,
        @NotBlank @Size(max = 4000) String narrative,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> evidenceRefs,
        /** Business date of a report filed after the fact (paper, scenario replay); default today. */
        @PastOrPresent LocalDate reportDate) {
}
