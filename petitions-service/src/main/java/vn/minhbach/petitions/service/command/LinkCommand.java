package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LinkRequest")
public record LinkCommand(
        @NotNull LinkKind kind,
        @NotNull UUID otherPetitionId,
        @NotNull @PastOrPresent LocalDate effectiveDate,
        @NotBlank @Size(max = 100) String documentReference) {
}
