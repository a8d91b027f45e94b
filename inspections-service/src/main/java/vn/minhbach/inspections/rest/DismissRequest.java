package vn.minhbach.inspections.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record DismissRequest(@NotBlank @Size(max = 2000) String reason) {
}
