package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.OrganisationKind;

/** A new party organisation. {@code unitPath} defaults to the parent's unit, else the caller's; it must lie in the caller's subtree. */
@Schema(name = "OrganisationRequest")
public record OrganisationCommand(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull OrganisationKind kind,
        UUID parentId,
        @Size(max = 128) @Pattern(regexp = UnitPath.REGEX) String unitPath) {
}
