package vn.minhbach.petitions.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Removes what a file says about who made it, where and when (issue 20, point 1): from photos and videos
 * EXIF (GPS position, camera serial number, owner name, timestamps), XMP, IPTC/Photoshop resources,
 * comments, embedded thumbnails and secondary images; from documents their authors. A denunciation's
 * attachment may reach the person denounced, and a GPS position in a photo taken at home, or the author
 * of a Word file, names the denouncer.
 *
 * <p>Lossless: the compressed image data is copied byte for byte, never decoded nor re-encoded. The
 * rule for photos is an <b>allow-list</b> of what a decoder needs, not a list of known metadata, so a
 * metadata block nobody thought of is dropped too:
 * <ul>
 * <li>JPEG: kept are SOI, the frame and scan segments (SOF0–SOF15 except DHT/JPG/DAC codes, DHT, DAC,
 * DQT, DRI, SOS with its entropy-coded data and RST markers, DNL, EXP), EOI; a JFIF APP0 (rewritten
 * without its thumbnail), an ICC profile APP2 ({@code ICC_PROFILE}: the colours of the pixels) and
 * an Adobe APP14 (how to read CMYK/YCCK). Dropped: APP1 (EXIF, XMP), other APP2 (MPF: secondary images
 * with their own EXIF), APP3–APP13 (APP13: IPTC), APP15, COM, JFXX thumbnails, and every byte after
 * EOI (phone makers' trailers).</li>
 * <li>PNG: kept are the critical chunks (IHDR, PLTE, IDAT, IEND) and the ancillary chunks that change
 * how pixels look (tRNS, gAMA, cHRM, sRGB, iCCP, sBIT, bKGD, pHYs, cICP, mDCv, cLLI) or animate them
 * (acTL, fcTL, fdAT). Dropped: tEXt, zTXt, iTXt, eXIf, tIME and anything else; every byte after IEND.</li>
 * <li>MP4 (ISO base media), box by box, in place so that no offset changes (the sample tables point
 * into {@code mdat} by absolute offsets): the metadata boxes {@code udta} (QuickTime {@code ©xyz}
 * location, camera make and model), {@code meta} (Apple's {@code com.apple.quicktime.location.ISO6709})
 * and {@code uuid} (XMP), at the top level, in {@code moov} and in each {@code trak}, become {@code free}
 * boxes of zeros of the same size; the creation and modification times of {@code mvhd}, {@code tkhd}
 * and {@code mdhd} are set to zero. Samples are untouched.</li>
 * <li>HEIC/HEIF, in place for the same reason: the file-level {@code meta} box is the pictures' item
 * table, so it is walked, and the bytes of its Exif and XMP items, wherever {@code iloc} places them,
 * become zeros ({@link HeifItems}); {@code udta}/{@code uuid} at the top level and an image sequence's
 * {@code moov} go as in MP4.</li>
 * </ul>
 * Documents: DOCX loses its authors, company, custom properties, comment and revision authors and its
 * pictures' EXIF ({@link DocxStripper}); PDF its document information, XMP, annotation authors and its
 * photos' EXIF, by a full rewrite ({@link PdfStripper}).
 *
 * <p>A file that cannot be walked to its end (truncated, a bad length, a structure this code does not
 * know for certain) is refused rather than stored with metadata that could not be found: {@link #strip}
 * answers empty. An encrypted PDF throws {@link Encrypted}.
 *
 * <p>Why not Apache Commons Imaging: it is still an alpha (1.0.0-alpha6), its JPEG rewriters remove one
 * kind each (EXIF, XMP, IPTC) and leave MPF secondary images, comments and trailers, and it has no
 * lossless PNG chunk filter (its PNG writer re-encodes). It is used by the tests, as an independent
 * writer and reader of the GPS tags.
 */
public final class MetadataStripper {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "cICP", "mDCv", "cLLI", "acTL", "fcTL", "fdAT");

    private MetadataStripper() {
    }

    /**
     * The bytes without metadata, for the types that carry it; the same bytes for others; empty if
     * malformed.
     *
     * @throws Encrypted for an encrypted PDF
     */
    public static Optional<byte[]> strip(String type, byte[] bytes) {
        return switch (type) {
            case ContentSniffer.JPEG -> jpeg(bytes);
            case ContentSniffer.PNG -> png(bytes);
            case ContentSniffer.MP4 -> isoMedia(bytes);
            case ContentSniffer.HEIC -> heif(bytes);
            case ContentSniffer.DOCX -> DocxStripper.strip(bytes);
            case ContentSniffer.PDF -> PdfStripper.strip(bytes);
            default -> Optional.of(bytes);
        };
    }

    /** A file whose content is encrypted: what it says about its author cannot be read, so cannot be removed. */
    public static final class Encrypted extends RuntimeException {
        Encrypted() {
            super("encrypted", null, false, false);
        }
    }

    /** JPEG, segment by segment (ITU T.81 B.1.1). */
    static Optional<byte[]> jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        int at = 2;
        while (true) {
            // a marker: 0xFF, any number of 0xFF fill bytes, then the code
            if (at >= b.length || (b[at] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            while (at < b.length && (b[at] & 0xFF) == 0xFF) {
                at++;
            }
            if (at >= b.length) {
                return Optional.empty();
            }
            int code = b[at++] & 0xFF;
            if (code == 0xD9) { // EOI: the end; whatever follows is not the image
                out.write(0xFF);
                out.write(0xD9);
                return Optional.of(out.toByteArray());
            }
            if (code == 0x00 || code == 0xD8 || (code >= 0xD0 && code <= 0xD7) || code == 0x01) {
                return Optional.empty(); // not where a segment is expected
            }
            if (at + 2 > b.length) {
                return Optional.empty();
            }
            int length = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            if (length < 2 || at + length > b.length) {
                return Optional.empty();
            }
            int end = at + length;
            if (keptJpeg(code, b, at + 2, length - 2)) {
                if (code == 0xE0 && length > 16) {
                    writeJfifWithoutThumbnail(out, b, at + 2);
                } else {
                    out.write(b, at - 2, length + 2); // the marker (without fill bytes) and the segment
                }
            }
            at = end;
            if (code == 0xDA) { // SOS: entropy-coded data up to the next marker other than RSTn or a stuffed 0
                int data = at;
                while (true) {
                    if (at + 1 >= b.length) {
                        return Optional.empty();
                    }
                    if ((b[at] & 0xFF) == 0xFF) {
                        int next = b[at + 1] & 0xFF;
                        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                            at += 2;
                            continue;
                        }
                        if (next == 0xFF) { // fill before a marker
                            at++;
                            continue;
                        }
                        break;
                    }
                    at++;
                }
                // trailing 0xFF fill bytes belong to the next marker, not to the data
                int dataEnd = at;
                while (dataEnd > data && (b[dataEnd - 1] & 0xFF) == 0xFF) {
                    dataEnd--;
                }
                out.write(b, data, dataEnd - data);
                at = dataEnd;
            }
        }
    }

    private static boolean keptJpeg(int code, byte[] b, int payload, int payloadLength) {
        if (code >= 0xC0 && code <= 0xCF) { // SOFn, DHT (C4), JPG (C8: reserved), DAC (CC)
            return code != 0xC8;
        }
        return switch (code) {
            case 0xDB, 0xDD, 0xDA, 0xDC, 0xDF -> true; // DQT, DRI, SOS, DNL, EXP
            case 0xE0 -> startsWith(b, payload, payloadLength, "JFIF\0") && payloadLength >= 14;
            case 0xE2 -> startsWith(b, payload, payloadLength, "ICC_PROFILE\0");
            case 0xEE -> startsWith(b, payload, payloadLength, "Adobe");
            default -> false; // APP1 (EXIF, XMP), APP3-APP13 (IPTC), APP15, COM, anything else
        };
    }

    /** A JFIF APP0 with a thumbnail, written as the 16-byte segment without it. */
    private static void writeJfifWithoutThumbnail(ByteArrayOutputStream out, byte[] b, int payload) {
        out.write(0xFF);
        out.write(0xE0);
        out.write(0);
        out.write(16);
        out.write(b, payload, 12); // "JFIF\0", version, units, densities
        out.write(0); // no thumbnail
        out.write(0);
    }

    private static boolean startsWith(byte[] b, int at, int length, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return length >= p.length && Arrays.equals(b, at, at + p.length, p, 0, p.length);
    }

    private static final Set<String> ISO_METADATA = Set.of("udta", "meta", "uuid");
    private static final Set<String> ISO_CONTAINERS = Set.of("moov", "trak", "mdia");
    private static final Set<String> ISO_TIMES = Set.of("mvhd", "tkhd", "mdhd");
    private static final byte[] FREE = "free".getBytes(StandardCharsets.US_ASCII);

    /** MP4: metadata boxes blanked in place, times zeroed (ISO/IEC 14496-12). */
    static Optional<byte[]> isoMedia(byte[] in) {
        byte[] b = in.clone();
        return blank(b, 0, b.length, 0) ? Optional.of(b) : Optional.empty();
    }

    /**
     * HEIC/HEIF: the file-level {@code meta} box holds the pictures' item table, so it is walked, not
     * blanked, and its Exif/XMP items are zeroed in place ({@link HeifItems}); a top-level {@code udta} or
     * {@code uuid} and the metadata of an image sequence's {@code moov} go as in MP4.
     */
    static Optional<byte[]> heif(byte[] in) {
        byte[] b = in.clone();
        int metas = 0;
        for (int at = 0; at < b.length; ) {
            IsoBox box = IsoBox.at(b, at, b.length);
            if (box == null) {
                return Optional.empty();
            }
            switch (box.type()) {
                case "meta" -> {
                    if (++metas > 1 || !HeifItems.blank(b, box)) {
                        return Optional.empty();
                    }
                }
                case "moov" -> {
                    if (!blank(b, box.payload(), box.end(), 1)) {
                        return Optional.empty();
                    }
                }
                case "udta", "uuid" -> toFree(b, box);
                default -> {
                }
            }
            at = box.end();
        }
        return Optional.of(b);
    }

    private static boolean blank(byte[] b, int start, int end, int depth) {
        for (int at = start; at < end; ) {
            IsoBox box = IsoBox.at(b, at, end);
            if (box == null) {
                return false;
            }
            if (ISO_METADATA.contains(box.type())) {
                toFree(b, box);
            } else if (ISO_CONTAINERS.contains(box.type()) && depth < 4) {
                if (!blank(b, box.payload(), box.end(), depth + 1)) {
                    return false;
                }
            } else if (ISO_TIMES.contains(box.type())) {
                int p = box.payload(); // full box: version, flags, then creation and modification times
                int length = p < box.end() && b[p] == 1 ? 16 : 8;
                if (p + 4 + length > box.end()) {
                    return false;
                }
                Arrays.fill(b, p + 4, p + 4 + length, (byte) 0);
            }
            at = box.end();
        }
        return true;
    }

    /** A box become a {@code free} box of zeros of the same size: nothing after it moves. */
    private static void toFree(byte[] b, IsoBox box) {
        System.arraycopy(FREE, 0, b, box.start() + 4, 4);
        Arrays.fill(b, box.payload(), box.end(), (byte) 0);
    }

    /** PNG, chunk by chunk (ISO/IEC 15948; the PNG 3rd edition's cICP, mDCv, cLLI, APNG's chunks). */
    static Optional<byte[]> png(byte[] b) {
        if (b.length < PNG_SIGNATURE.length || !Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int at = 8;
        boolean header = true;
        while (true) {
            if (at + 12 > b.length) {
                return Optional.empty();
            }
            long length = ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                    | (b[at + 3] & 0xFF);
            if (length > b.length - at - 12L) {
                return Optional.empty();
            }
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (header && !type.equals("IHDR")) {
                return Optional.empty();
            }
            header = false;
            int end = at + 12 + (int) length;
            if (PNG_KEPT.contains(type)) {
                out.write(b, at, end - at);
            }
            at = end;
            if (type.equals("IEND")) {
                return Optional.of(out.toByteArray());
            }
        }
    }
}
