package vn.minhbach.programs.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.ReportingPeriod;
import vn.minhbach.programs.Target;

/**
 * Request bodies. None carries a server-owned field (id, status, creator, timestamps); a unit path,
 * where present, must lie within the caller's subtree.
 */
public final class Requests {

    private Requests() {
    }

    public record NewProgram(
            @NotBlank @Size(max = 40) @Pattern(regexp = "^[\\p{L}\\p{N}./-]+$") String code,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String issuingBody,
            @Pattern(regexp = UnitPath.REGEX) String unitPath,
            @NotNull @Min(1990) @Max(2100) Integer periodStart,
            @NotNull @Min(1990) @Max(2100) Integer periodEnd) {
    }

    public record NewTopic(
            @NotNull @Min(1) @Max(999) Integer number,
            @NotBlank @Size(max = 500) String title,
            @NotNull @Pattern(regexp = UnitPath.REGEX) String leadUnitPath) {
    }

    public record NewSolutionGroup(
            @NotNull @Min(1) @Max(999) Integer number,
            @NotBlank @Size(max = 500) String title) {
    }

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

    public record NewTask(
            @Positive Long topicId,
            @Positive Long instrumentId,
            @Positive Long solutionGroupId,
            @NotBlank @Size(max = 500) String title,
            @NotNull @Pattern(regexp = UnitPath.REGEX) String unitPath,
            @NotNull @PastOrPresent LocalDate assignedDate,
            LocalDate dueDate,
            ReportingPeriod.Recurrence recurrence) {
    }

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

    public record NewProgressReport(
            @NotNull @Positive Long taskId,
            @NotNull @Pattern(regexp = ReportingPeriod.REGEX) String period,
            @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal value,
            @NotBlank @Size(max = 4000) String narrative,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> evidenceRefs,
            /** Business date of a report filed after the fact (paper, scenario replay); default today. */
            @PastOrPresent LocalDate reportDate) {
    }

    public record ReturnReport(@NotBlank @Size(max = 1000) String reason) {
    }

    public record NewConference(
            @Pattern(regexp = UnitPath.REGEX) String unitPath,
            @NotNull @PastOrPresent LocalDate heldDate,
            @NotBlank @Size(max = 500) String title,
            @NotNull Boolean online,
            @NotNull @Min(0) @Max(10000) Integer connectedSites,
            @NotNull @Min(0) @Max(1000000) Integer delegates,
            @Size(max = 20) List<@NotNull @Positive Long> relatedInstrumentIds) {
    }

    public record NewBriefing(
            @Pattern(regexp = UnitPath.REGEX) String unitPath,
            @NotNull @PastOrPresent LocalDate heldDate,
            @NotBlank @Size(max = 500) String title,
            @Size(max = 200) String chairedBy,
            @Size(max = 4000) String summary) {
    }
}
