package vn.minhbach.petitions.service;

import vn.minhbach.chassis.problem.ProblemException;

/**
 * What every file goes through before it is kept, whichever way it came (raw upload, multipart upload
 * or base64 in JSON): its type from the bytes ({@link ContentSniffer}), no macros in an Office file, and
 * photos, videos and documents without what names who made them ({@link MetadataStripper}: EXIF with
 * the GPS position, XMP, the authors of a DOCX or a PDF). The size and SHA-256 kept are those of the
 * bytes kept.
 *
 * <p>Refused: a type outside the allow-list (415 {@code attachment.unsupported-type}), an Office file
 * with macros (415 {@code attachment.macro-enabled}), a file whose metadata could not be found for
 * certain because it cannot be walked to its end (422 {@code attachment.malformed}), an encrypted PDF,
 * whose metadata cannot be read (422 {@code attachment.encrypted}).
 *
 * <p>HEIC was refused until its Exif and XMP items could be blanked in place ({@link HeifItems}); it is
 * now kept like a JPEG, without them.
 */
public final class FileChecks {

    private FileChecks() {
    }

    /** The bytes to keep, their type and SHA-256. */
    public record Checked(String type, byte[] bytes, String sha256) {
    }

    public static Checked check(String name, byte[] bytes) {
        String type = ContentSniffer.sniff(bytes).orElseThrow(
                () -> new ProblemException(415, "attachment.unsupported-type", name, ContentSniffer.ALLOWED));
        if (type.equals(ContentSniffer.DOCX)) {
            ContentSniffer.macros(bytes).ifPresent(sign -> {
                throw new ProblemException(415, "attachment.macro-enabled", name, sign);
            });
        }
        byte[] kept;
        try {
            kept = MetadataStripper.strip(type, bytes)
                    .orElseThrow(() -> ProblemException.unprocessable("attachment.malformed", name, type));
        } catch (MetadataStripper.Encrypted e) {
            throw ProblemException.unprocessable("attachment.encrypted", name);
        }
        return new Checked(type, kept, Texts.sha256(kept));
    }
}
