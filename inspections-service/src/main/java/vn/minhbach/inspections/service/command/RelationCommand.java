package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declared relation of the member to another member (e.g. {@code SPOUSE}, {@code SIBLING}, {@code BUSINESS}). */
@Schema(name = "RelationRequest")
public record RelationCommand(@NotNull UUID relatedMemberId, @NotBlank @Size(max = 64) String relation) {
}
