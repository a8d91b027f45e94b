package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionRequest")
public record ExtensionCommand(
        @NotNull @PastOrPresent LocalDate effectiveDate,
        @NotNull @Min(1) @Max(60) Integer days,
        @NotBlank @Size(max = 100) String documentReference,
        @NotBlank @Size(max = 1000) String reason) {
}
