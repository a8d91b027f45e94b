package vn.minhbach.petitions.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Photos;

/**
 * Issue 20, points 1 and 2, on real bytes: photos lose their metadata and keep their pixels; macros are refused.
 * HEIC, DOCX and PDF: {@code MetadataStripperHeicTest}, {@code MetadataStripperDocxTest}, {@code MetadataStripperPdfTest}.
 */
class FileChecksTest {

    @Test
    void aJpegLosesGpsOwnerSerialXmpCommentAndTrailerAndKeepsItsPixels() {
        byte[] photo = Photos.jpegWithGps();
        assertTrue(Photos.hasGps(photo), "the test photo carries GPS");
        assertTrue(Photos.contains(photo, Photos.OWNER));
        assertTrue(Photos.contains(photo, Photos.SERIAL));

        FileChecks.Checked checked = FileChecks.check("IMG_0001.jpg", photo);
        byte[] clean = checked.bytes();
        assertEquals("image/jpeg", checked.type());
        assertFalse(Photos.hasGps(clean), "no GPS left");
        assertFalse(Photos.contains(clean, Photos.OWNER), "no owner name (EXIF Artist, XMP creator, comment)");
        assertFalse(Photos.contains(clean, Photos.SERIAL), "no serial (EXIF Make, trailer)");
        assertFalse(Photos.contains(clean, "Exif"));
        assertFalse(Photos.contains(clean, "xmpmeta"));
        assertFalse(Photos.contains(clean, "2026:12:01"), "no timestamp");
        assertEquals(Texts.sha256(clean), checked.sha256());

        BufferedImage before = Photos.decode(Photos.plainJpeg(64, 48));
        BufferedImage after = Photos.decode(clean);
        assertNotNull(after, "still a JPEG javax.imageio decodes");
        assertEquals(64, after.getWidth());
        assertEquals(48, after.getHeight());
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                assertEquals(before.getRGB(x, y), after.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        // lossless: the very bytes javax.imageio wrote, metadata added by Commons Imaging taken out again
        assertArrayEquals(Photos.plainJpeg(64, 48), clean);
        // and stripping twice changes nothing
        assertArrayEquals(clean, FileChecks.check("again.jpg", clean).bytes());
    }

    @Test
    void aPngLosesItsTextExifAndTimeChunksAndKeepsItsPixels() {
        byte[] png = Photos.pngWithMetadata();
        assertTrue(Photos.contains(png, Photos.OWNER));
        assertNotNull(Photos.decode(png));
        byte[] clean = FileChecks.check("so-do.png", png).bytes();
        for (String gone : new String[] {"tEXt", "iTXt", "eXIf", "tIME", Photos.OWNER, Photos.SERIAL, "TRAILER"}) {
            assertFalse(Photos.contains(clean, gone), gone);
        }
        assertArrayEquals(Photos.plainPng(40, 30), clean);
        BufferedImage after = Photos.decode(clean);
        assertEquals(40, after.getWidth());
        assertEquals(Photos.decode(png).getRGB(7, 9), after.getRGB(7, 9));
    }

    @Test
    void aJfifThumbnailIsDropped() {
        byte[] plain = Photos.plainJpeg(8, 8);
        // a JFIF APP0 with a 1x1 thumbnail (3 bytes): rewritten as the 16-byte segment
        byte[] withThumb = new byte[plain.length + 3];
        System.arraycopy(plain, 0, withThumb, 0, 4);
        withThumb[4] = 0;
        withThumb[5] = 19;
        System.arraycopy(plain, 6, withThumb, 6, 12);
        withThumb[18] = 1;
        withThumb[19] = 1;
        withThumb[20] = 1;
        withThumb[21] = 2;
        withThumb[22] = 3;
        System.arraycopy(plain, 20, withThumb, 23, plain.length - 20);
        assertNotNull(Photos.decode(withThumb));
        assertArrayEquals(plain, FileChecks.check("t.jpg", withThumb).bytes());
    }

    @Test
    void aTruncatedPhotoIsRefusedNotStoredWithWhatCouldNotBeFound() {
        byte[] photo = Photos.jpegWithGps();
        ProblemException e = assertThrows(ProblemException.class,
                () -> FileChecks.check("cut.jpg", Arrays.copyOf(photo, 300)));
        assertEquals(422, e.status());
        byte[] png = Photos.plainPng(10, 10);
        assertEquals(422, assertThrows(ProblemException.class,
                () -> FileChecks.check("cut.png", Arrays.copyOf(png, png.length - 5))).status());
    }

    @Test
    void macroEnabledOfficeFilesAreRefusedEvenAsDocx() {
        for (byte[] docm : new byte[][] {Photos.docm(false), Photos.docm(true), Photos.docmTypesOnly()}) {
            assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    ContentSniffer.sniff(docm).orElseThrow(), "passes for a DOCX by its entries");
            ProblemException e = assertThrows(ProblemException.class, () -> FileChecks.check("don.docx", docm));
            assertEquals(415, e.status());
            assertEquals("attachment.macro-enabled", e.key());
        }
        assertTrue(ContentSniffer.macros(Photos.docm(true)).orElseThrow().contains("vbaProject"));
        assertEquals("macroEnabled", ContentSniffer.macros(Photos.docmTypesOnly()).orElseThrow());
        // a plain DOCX passes
        byte[] docx = Photos.zip("[Content_Types].xml", "<Types><Override PartName=\"/word/document.xml\" ContentType="
                + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "word/document.xml", "<w:document/>");
        assertEquals(ContentSniffer.DOCX, FileChecks.check("don.docx", docx).type());
    }

    @Test
    void anMp4LosesItsLocationOwnerAndTimesInPlace() {
        byte[] video = Photos.mp4WithLocation();
        assertTrue(Photos.contains(video, "+" + Photos.LATITUDE));
        FileChecks.Checked checked = FileChecks.check("clip.mp4", video);
        byte[] clean = checked.bytes();
        assertEquals(ContentSniffer.MP4, checked.type());
        assertEquals(video.length, clean.length, "in place: every offset into mdat still holds");
        for (String gone : new String[] {"+" + Photos.LATITUDE, "\u00a9xyz", "udta", "uuid", "xmpmeta", "ISO6709",
                Photos.OWNER, Photos.SERIAL}) {
            assertFalse(Photos.contains(clean, gone), gone);
        }
        assertFalse(Photos.contains(clean, new String(new byte[] {(byte) 0xE1, 0x11, 0x22, 0x33},
                java.nio.charset.StandardCharsets.ISO_8859_1)), "creation times zeroed");
        assertTrue(Photos.contains(clean, "SAMPLES-SAMPLES-SAMPLES"), "samples untouched");
        assertTrue(Photos.contains(clean, "mvhd") && Photos.contains(clean, "mdhd") && Photos.contains(clean, "free"));
        // the box structure is intact: stripping again changes nothing
        assertArrayEquals(clean, FileChecks.check("again.mp4", clean).bytes());
        // a box running past the end is refused
        byte[] cut = Arrays.copyOf(video, video.length - 5);
        assertEquals(422, assertThrows(ProblemException.class, () -> FileChecks.check("cut.mp4", cut)).status());
    }
}
