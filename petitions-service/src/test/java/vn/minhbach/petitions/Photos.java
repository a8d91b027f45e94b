package vn.minhbach.petitions;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Real image and Office bytes for tests (issue 20): photos written by javax.imageio, metadata added by
 * Apache Commons Imaging (an independent writer), macro-enabled Office files as Office writes them.
 */
public final class Photos {

    /** Where the photo was taken (Hoàn Kiếm, Hà Nội) and who owns the camera: what must not survive. */
    public static final double LONGITUDE = 105.8523;
    public static final double LATITUDE = 21.0288;
    public static final String OWNER = "Nguyen Van To Cao";
    public static final String SERIAL = "SN-4471-2209";

    private Photos() {
    }

    static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, ((x * 5) & 0xFF) << 16 | ((y * 7) & 0xFF) << 8 | ((x + y) & 0xFF));
            }
        }
        return image;
    }

    /** A plain JPEG as javax.imageio writes it (JFIF APP0, tables, one scan): nothing to strip. */
    public static byte[] plainJpeg(int w, int h) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(w, h), "jpg", out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain JPEG of exactly {@code size} bytes: zero bytes added to the end of the scan data. */
    public static byte[] jpeg(int size) {
        byte[] plain = plainJpeg(16, 16);
        if (size < plain.length) {
            throw new IllegalArgumentException("at least " + plain.length);
        }
        byte[] b = new byte[size];
        System.arraycopy(plain, 0, b, 0, plain.length - 2);
        b[size - 2] = (byte) 0xFF;
        b[size - 1] = (byte) 0xD9;
        return b;
    }

    /** A photo as a phone writes it: EXIF with GPS, owner and serial, XMP, a comment, a trailer after EOI. */
    public static byte[] jpegWithGps() {
        try {
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, OWNER);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Camera " + SERIAL);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_DATE_TIME, "2026:12:01 07:15:00");
            ByteArrayOutputStream withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plainJpeg(64, 48), withExif, exif);
            ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp,
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + OWNER + "</dc:creator></x:xmpmeta>");
            byte[] b = withXmp.toByteArray();
            byte[] comment = ("COM " + OWNER).getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(b, 0, 2); // SOI
            out.write(0xFF);
            out.write(0xFE);
            out.write((comment.length + 2) >> 8);
            out.write(comment.length + 2);
            out.write(comment);
            out.write(b, 2, b.length - 2);
            out.write(("TRAILER " + SERIAL).getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether Commons Imaging finds GPS in these JPEG bytes. */
    public static boolean hasGps(byte[] jpeg) {
        try {
            ImageMetadata m = Imaging.getMetadata(jpeg);
            return m instanceof JpegImageMetadata j && j.getExif() != null && j.getExif().getGpsInfo() != null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] plainPng(int w, int h) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(w, h), "png", out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG with tEXt (author), iTXt (XMP), eXIf, tIME after IHDR, and a trailer after IEND. */
    public static byte[] pngWithMetadata() {
        byte[] plain = plainPng(40, 30);
        int afterIhdr = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterIhdr);
        chunk(out, "tEXt", ("Author\0" + OWNER).getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "iTXt", ("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><dc:creator>" + OWNER + "</dc:creator></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8));
        chunk(out, "eXIf", ("MM\0*\0\0\0\bGPS " + LATITUDE + " " + LONGITUDE + " " + SERIAL)
                .getBytes(StandardCharsets.US_ASCII));
        chunk(out, "tIME", new byte[] {0x07, (byte) 0xEA, 12, 1, 7, 15, 0});
        out.write(plain, afterIhdr, plain.length - afterIhdr);
        out.writeBytes(("TRAILER " + SERIAL).getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
    }

    /** An ISO box: 32-bit size, type, payload. */
    public static byte[] box(String type, byte[]... payload) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] p : payload) {
            body.writeBytes(p);
        }
        int size = 8 + body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(size >>> 24);
        out.write(size >>> 16);
        out.write(size >>> 8);
        out.write(size);
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /**
     * A phone video's structure: ftyp, moov with mvhd (times), udta with the QuickTime location
     * ({@code ©xyz}), Apple's meta location key, a trak with tkhd, mdia/mdhd (version 1 times) and its own
     * udta, an XMP uuid box, and mdat with the samples.
     */
    public static byte[] mp4WithLocation() {
        byte[] times0 = {0, 0, 0, 0, (byte) 0xE1, 0x11, 0x22, 0x33, (byte) 0xE1, 0x11, 0x22, 0x34, 0, 0, 0x02, 0x58};
        byte[] times1 = {1, 0, 0, 0, 0, 0, 0, 0, (byte) 0xE1, 0x11, 0x22, 0x33, 0, 0, 0, 0, (byte) 0xE1, 0x11, 0x22,
                0x34, 0, 0, 0x02, 0x58};
        String iso6709 = "+" + LATITUDE + "+" + LONGITUDE + "/";
        byte[] xyz = box("©xyz", new byte[] {0, (byte) iso6709.length(), 0x15, (byte) 0xC7},
                iso6709.getBytes(StandardCharsets.ISO_8859_1));
        return concat(
                box("ftyp", "mp42".getBytes(StandardCharsets.ISO_8859_1), new byte[4], "isommp42".getBytes(StandardCharsets.ISO_8859_1)),
                box("moov", box("mvhd", times0), box("udta", xyz, box("©mak", ("Camera " + SERIAL).getBytes(StandardCharsets.ISO_8859_1))),
                        box("meta", ("com.apple.quicktime.location.ISO6709 " + iso6709).getBytes(StandardCharsets.ISO_8859_1)),
                        box("trak", box("tkhd", times0), box("mdia", box("mdhd", times1)),
                                box("udta", ("owner " + OWNER).getBytes(StandardCharsets.ISO_8859_1)))),
                box("uuid", ("¾zÏË©Bèqã¯¬<x:xmpmeta>" + OWNER)
                        .getBytes(StandardCharsets.ISO_8859_1)),
                box("mdat", "SAMPLES-SAMPLES-SAMPLES".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Where the HEIC test photo was taken, as its EXIF item says it: what must not survive. */
    public static final String HEIC_GPS = "GPSLatitude 21.0285N GPSLongitude 105.8523E";

    /**
     * A HEIC photo built box by box (ISO/IEC 23008-12, ISO/IEC 14496-12 8.11): {@code ftyp} heic; a
     * file-level {@code meta} with {@code hdlr} pict, {@code pitm}, {@code iinf} listing item 1 (hvc1,
     * the picture), item 2 (Exif) and item 3 (mime, XMP), {@code iloc} version 1 placing items 1 and 2
     * in {@code mdat} by file offsets and item 3 in {@code idat} (construction method 1); then
     * {@code mdat} with the coded picture and the EXIF block (tiff header offset, "Exif\0\0", a TIFF
     * header, the GPS position, the owner and the camera serial).
     *
     * @param bytes the file
     * @param exifFrom first byte of the Exif item, in the file
     * @param xmpFrom first byte of the XMP item, in the file
     * @param iloc where the iloc box starts
     */
    public record Heic(byte[] bytes, int exifFrom, int exifTo, int xmpFrom, int xmpTo, int iloc) {
    }

    public static Heic heicWithExif() {
        byte[] picture = "HEVC-CODED-TILES-HEVC-CODED-TILES".getBytes(StandardCharsets.ISO_8859_1);
        byte[] exif = concat(new byte[] {0, 0, 0, 6}, "Exif\0\0MM\0*\0\0\0\b".getBytes(StandardCharsets.ISO_8859_1),
                (HEIC_GPS + " Artist " + OWNER + " Make " + SERIAL + " 2026:12:01 07:15:00").getBytes(StandardCharsets.ISO_8859_1));
        byte[] xmp = ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>" + OWNER + "</dc:creator></x:xmpmeta>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] ftyp = box("ftyp", "heic".getBytes(StandardCharsets.ISO_8859_1), new byte[4],
                "mif1heic".getBytes(StandardCharsets.ISO_8859_1));
        // the offsets have fixed widths: measure meta once, then write it with the real ones
        int mdatPayload = ftyp.length + heicMeta(0, 0, 0, 0, xmp).length + 8;
        byte[] meta = heicMeta(mdatPayload, picture.length, mdatPayload + picture.length, exif.length, xmp);
        byte[] file = concat(ftyp, meta, box("mdat", picture, exif));
        int exifFrom = mdatPayload + picture.length;
        int idatPayload = indexOf(file, "idat") + 4;
        return new Heic(file, exifFrom, exifFrom + exif.length, idatPayload, idatPayload + xmp.length,
                indexOf(file, "iloc") - 4);
    }

    private static byte[] heicMeta(int pictureAt, int pictureLength, int exifAt, int exifLength, byte[] xmp) {
        return fullBox("meta", 0,
                fullBox("hdlr", 0, new byte[4], "pict".getBytes(StandardCharsets.ISO_8859_1), new byte[12], new byte[1]),
                fullBox("pitm", 0, u16(1)),
                fullBox("iinf", 0, u16(3),
                        fullBox("infe", 2, u16(1), u16(0), "hvc1\0".getBytes(StandardCharsets.ISO_8859_1)),
                        fullBox("infe", 2, u16(2), u16(0), "Exif\0".getBytes(StandardCharsets.ISO_8859_1)),
                        fullBox("infe", 2, u16(3), u16(0),
                                "mimeXMP\0application/rdf+xml\0".getBytes(StandardCharsets.ISO_8859_1))),
                // offset_size 4, length_size 4, base_offset_size 0, index_size 0; three items of one extent
                fullBox("iloc", 1, new byte[] {0x44, 0x00}, u16(3),
                        u16(1), u16(0), u16(0), u16(1), u32(pictureAt), u32(pictureLength),
                        u16(2), u16(0), u16(0), u16(1), u32(exifAt), u32(exifLength),
                        u16(3), u16(1), u16(0), u16(1), u32(0), u32(xmp.length)),
                box("idat", xmp));
    }

    /** A full box: version, three bytes of flags, payload. */
    public static byte[] fullBox(String type, int version, byte[]... payload) {
        byte[][] all = new byte[payload.length + 1][];
        all[0] = new byte[] {(byte) version, 0, 0, 0};
        System.arraycopy(payload, 0, all, 1, payload.length);
        return box(type, all);
    }

    static byte[] u16(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }

    public static byte[] u32(long v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    /** Where {@code needle} (ISO-8859-1) first occurs in {@code haystack}, or -1. */
    public static int indexOf(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).indexOf(needle);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /**
     * A Word document with macros as Word saves a .docm: the main part's type is macroEnabled and the VBA
     * project is {@code word/vbaProject.bin}. {@code hideTypes}: the content types declare no macroEnabled
     * part (only the .bin gives it away).
     */
    public static byte[] docm(boolean hideTypes) {
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\""
                + (hideTypes ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                        : "application/vnd.ms-word.document.macroEnabled.main+xml")
                + "\"/></Types>";
        return zip("[Content_Types].xml", hideTypes ? types.replace("vnd.ms-office.vbaProject", "octet-stream") : types,
                "word/document.xml", "<w:document/>", "word/vbaProject.bin", "\u00d0\u00cf\u0011\u00e0VBA");
    }

    /** Content types declaring a macro-enabled main part, without any .bin entry. */
    public static byte[] docmTypesOnly() {
        return zip("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>");
    }

    public static byte[] zip(String... namesAndContents) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < namesAndContents.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                    zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                }
            }
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
