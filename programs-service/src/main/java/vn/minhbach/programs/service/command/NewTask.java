package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.ReportingPeriod;

/** Assign a task under exactly one of a topic, an instrument or a solution group; due once or recurring. */
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
