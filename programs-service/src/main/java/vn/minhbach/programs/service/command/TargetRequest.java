package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.minhbach.programs.Target;

/**
 * Set (or replace) a task's target (chỉ tiêu): a numeric value with unit and direction, or a milestone. The
 * name is the published body's ({@code TargetRequest} in the OpenAPI document).
 */
public record TargetRequest(
        @NotNull Target.Kind kind,
        @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal targetValue,
        @Size(max = 40) String measureUnit,
        Target.Direction direction,
        @Size(max = 500) String milestone,
        LocalDate milestoneDate,
        Target.Metric metric,
        @Positive Long implementsInstrumentId) {
}
