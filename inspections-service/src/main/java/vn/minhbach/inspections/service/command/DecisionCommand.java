package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision setting up a planned team (quyết định thành lập đoàn). */
@Schema(name = "DecisionRequest")
public record DecisionCommand(@NotBlank @Size(max = 64) String decisionNumber, @NotNull LocalDate decisionDate) {
}
