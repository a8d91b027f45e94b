package vn.minhbach.petitions.service.command;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * A file: either an upload made before ({@code uploadId}, issue 20: POST /api/v1/uploads) or, kept
 * for compatibility, the bytes in base64 with a name. The type is taken from the bytes either way;
 * {@code contentType} is only the client's label.
 */
public record AttachmentInput(
        @Size(min = 1, max = 255) String name,
        @Size(max = 100) @Pattern(regexp = "^[\\w.+-]+/[\\w.+-]+$") String contentType,
        /** Base64; the decoded size is checked against the configured limit. */
        @Size(min = 1, max = 14_000_000) String contentBase64,
        UUID uploadId) {

    /** Without an upload, name and base64 content are required. */
    public void requireBase64() {
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("attachment.invalid", "name")
                    .withField("name");
        }
        if (contentBase64 == null || contentBase64.isBlank()) {
            throw ProblemException.badRequest("attachment.invalid", name)
                    .withField("contentBase64");
        }
    }
}
