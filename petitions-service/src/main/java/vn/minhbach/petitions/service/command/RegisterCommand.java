package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterRequest")
public record RegisterCommand(
        boolean complex,
        boolean prolonged,
        boolean crowded,
        @NotBlank @Size(max = 2000) String reasons,
        @NotNull @PastOrPresent LocalDate registerDate) {
}
