package vn.minhbach.petitions.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of an attachment from its bytes, never from the client's label (issue 20: an SVG with a
 * script, an .exe and an HTML page labelled {@code image/jpeg} were all accepted). Only the allow-list
 * is recognised: JPEG, PNG, HEIC/HEIF, PDF, DOCX, MP4; anything else is refused.
 *
 * <p>A magic-number check rather than Apache Tika: tika-core alone recognises DOCX only as a ZIP (its
 * OOXML detection lives in the parsers modules, tens of MB), the allow-list is six formats, and these
 * 100 lines have no dependency to keep up to date. DOCX is told from any other ZIP by its entries
 * ({@code [Content_Types].xml} and {@code word/document.xml}), not by an offset.
 */
public final class ContentSniffer {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String HEIC = "image/heic";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MP4 = "video/mp4";
    public static final String ALLOWED = "JPEG, PNG, HEIC, PDF, DOCX, MP4";

    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV");
    private static final int MAX_ZIP_ENTRIES = 5_000;

    private ContentSniffer() {
    }

    /** The allowed type these bytes are, or empty. */
    public static Optional<String> sniff(byte[] b) {
        if (b == null || b.length < 8) {
            return Optional.empty();
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of(PDF);
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return isoMedia(b);
        }
        if (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return docx(b) ? Optional.of(DOCX) : Optional.empty();
        }
        return Optional.empty();
    }

    /** ISO base media file (ftyp box): HEIC/HEIF or MP4 by the major and compatible brands. */
    private static Optional<String> isoMedia(byte[] b) {
        long boxSize = ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
        int end = (int) Math.min(Math.max(boxSize, 12), Math.min(b.length, 256));
        boolean heic = false;
        boolean mp4 = false;
        for (int at = 8; at + 4 <= end; at += at == 8 ? 8 : 4) { // major brand, skip minor version, then compatibles
            String brand = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            heic |= HEIC_BRANDS.contains(brand);
            mp4 |= MP4_BRANDS.contains(brand);
        }
        return heic ? Optional.of(HEIC) : mp4 ? Optional.of(MP4) : Optional.empty();
    }

    private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;
    private static final byte[] VBA_PROJECT = "vbaproject".getBytes(StandardCharsets.US_ASCII);

    /**
     * Why an Office file that passes for DOCX carries macros (issue 20, point 2), or empty: a
     * {@code .docm} (or an {@code .xlsm}/{@code .pptm} given a {@code document.xml}) is a ZIP like a
     * DOCX, and renaming it {@code .docx} does not remove its VBA project. Two signs, either enough:
     * {@code [Content_Types].xml} declares a {@code macroEnabled} part or the VBA project's type, or an
     * entry is named {@code vbaProject.bin}. Entry names are searched in the raw bytes too, so a name
     * listed only in the central directory (which Office reads) and not in a local header (which
     * {@link ZipInputStream} reads) is still found.
     */
    public static Optional<String> macros(byte[] b) {
        if (indexOfIgnoreCase(b, VBA_PROJECT) >= 0) {
            return Optional.of("vbaProject.bin");
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            for (int n = 0; n < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8)
                            .toLowerCase(java.util.Locale.ROOT);
                    if (types.contains("macroenabled")) {
                        return Optional.of("macroEnabled");
                    }
                    if (types.contains("vbaproject")) {
                        return Optional.of("vbaProject");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not read as a ZIP: sniff() does not call it a DOCX either
        }
        return Optional.empty();
    }

    private static int indexOfIgnoreCase(byte[] b, byte[] lowerNeedle) {
        outer:
        for (int i = 0; i + lowerNeedle.length <= b.length; i++) {
            for (int j = 0; j < lowerNeedle.length; j++) {
                int c = b[i + j];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lowerNeedle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean docx(byte[] b) {
        boolean types = false;
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            for (int n = 0; n < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; n++) {
                String name = entry.getName();
                types |= name.equals("[Content_Types].xml");
                document |= name.equals("word/document.xml");
                if (types && document) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }
}
