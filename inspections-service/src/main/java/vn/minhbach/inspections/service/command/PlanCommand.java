package vn.minhbach.inspections.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.chassis.security.UnitPath;

/** A yearly plan with its planned items. */
@Schema(name = "PlanRequest")
public record PlanCommand(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 128) @Pattern(regexp = UnitPath.REGEX) String unitPath,
        @Size(max = 500) List<@Valid @NotNull PlanItemCommand> items) {
}
