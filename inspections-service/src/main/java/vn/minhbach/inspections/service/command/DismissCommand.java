package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DismissRequest")
public record DismissCommand(@NotBlank @Size(max = 2000) String reason) {
}
