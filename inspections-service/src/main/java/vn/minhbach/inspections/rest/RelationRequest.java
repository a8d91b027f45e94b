package vn.minhbach.inspections.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A declared relation of the member to another member (e.g. {@code SPOUSE}, {@code SIBLING}, {@code BUSINESS}). */
public record RelationRequest(@NotNull UUID relatedMemberId, @NotBlank @Size(max = 64) String relation) {
}
