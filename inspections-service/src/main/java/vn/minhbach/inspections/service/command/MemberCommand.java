package vn.minhbach.inspections.service.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.inspections.CadreCategory;

/** A new party member; the unit is the organisation's. */
@Schema(name = "MemberRequest")
public record MemberCommand(
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String code,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull UUID organisationId,
        @Size(max = 200) String position,
        @NotNull CadreCategory cadreCategory) {
}
