package vn.minhbach.inspections.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The decision setting up a planned team (quyết định thành lập đoàn). */
public record DecisionRequest(@NotBlank @Size(max = 64) String decisionNumber, @NotNull LocalDate decisionDate) {
}
