package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.minhbach.petitions.SubjectKind;

public record SubjectInput(
        @NotNull SubjectKind kind,
        @NotBlank @Size(max = 1000) String description,
        @Size(max = 300) String unit) {
}
