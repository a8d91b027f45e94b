package vn.minhbach.petitions.service;

import vn.minhbach.chassis.problem.ProblemException;

/**
 * What every file goes through before it is kept, whichever way it came (raw upload, multipart upload
 * or base64 in JSON): its type from the bytes ({@link ContentSniffer}), no macros in an Office file, no
 * HEIC, and photos without their metadata ({@link MetadataStripper}). The size and SHA-256 kept are those
 * of the bytes kept.
 *
 * <p><b>HEIC is refused</b> (415 {@code attachment.heicRefused}), from everyone: its EXIF (with the GPS
 * position) is an item inside the file whose place is given by offsets ({@code iloc}), so it cannot be
 * cut out by dropping a segment as in JPEG, and storing it as it is would hand the position of the
 * person who took the photo to whoever reads the petition. A phone's browser sends a JPEG when the page
 * does not ask for HEIC (iOS converts on upload); an app converts before uploading.
 */
public final class FileChecks {

    private FileChecks() {
    }

    /** The bytes to keep, their type and SHA-256. */
    public record Checked(String type, byte[] bytes, String sha256) {
    }

    public static Checked check(String name, byte[] bytes) {
        String type = ContentSniffer.sniff(bytes).orElseThrow(
                () -> new ProblemException(415, "attachment.unsupportedType", name, ContentSniffer.ALLOWED));
        if (type.equals(ContentSniffer.HEIC)) {
            throw new ProblemException(415, "attachment.heicRefused", name);
        }
        if (type.equals(ContentSniffer.DOCX)) {
            ContentSniffer.macros(bytes).ifPresent(sign -> {
                throw new ProblemException(415, "attachment.macroEnabled", name, sign);
            });
        }
        byte[] kept = MetadataStripper.strip(type, bytes)
                .orElseThrow(() -> ProblemException.unprocessable("attachment.malformed", name, type));
        return new Checked(type, kept, Texts.sha256(kept));
    }
}
