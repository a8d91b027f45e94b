package vn.minhbach.petitions.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Domain;

public record AnonymousSubmission(
        @NotNull @Pattern(regexp = UnitPath.REGEX) String unitPath,
        Channel channel,
        @NotNull @Valid SubjectInput subject,
        @NotEmpty @Size(max = 8) List<@NotNull Domain> domains,
        @NotBlank @Size(max = 20000) String content,
        @Size(max = 5) List<@NotNull @Valid AttachmentInput> attachments,
        /** Tokens of files uploaded before (POST /api/v1/public/uploads), issue 20. */
        @Size(max = 5) List<@NotNull @Size(min = 20, max = 100) String> uploadTokens) {
}
