package vn.minhbach.programs.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Return a submitted progress report to its unit, with the reason. */
public record ReturnReport(@NotBlank @Size(max = 1000) String reason) {
}
