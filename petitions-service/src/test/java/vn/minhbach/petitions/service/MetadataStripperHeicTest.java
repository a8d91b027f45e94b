package vn.minhbach.petitions.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Photos;

/** Issue 20.1: a HEIC photo is kept with its Exif and XMP items zeroed in place, or refused if it cannot be walked. */
class MetadataStripperHeicTest {

    @Test
    void aHeicLosesItsExifAndXmpItemsInPlaceAndKeepsEveryOtherByte() {
        Photos.Heic heic = Photos.heicWithExif();
        byte[] photo = heic.bytes();
        assertTrue(Photos.contains(photo, Photos.HEIC_GPS) && Photos.contains(photo, Photos.OWNER), "the test photo names its place and owner");
        assertEquals(ContentSniffer.HEIC, ContentSniffer.sniff(photo).orElseThrow());

        FileChecks.Checked checked = FileChecks.check("IMG_0001.HEIC", photo);
        byte[] clean = checked.bytes();
        assertEquals(ContentSniffer.HEIC, checked.type());
        assertEquals(photo.length, clean.length, "in place: every iloc offset still holds");
        for (String gone : new String[] {Photos.HEIC_GPS, "21.0285", Photos.OWNER, Photos.SERIAL, "Exif\0\0MM", "xmpmeta", "2026:12:01"}) {
            assertFalse(Photos.contains(clean, gone), gone);
        }
        for (int i = 0; i < photo.length; i++) {
            boolean metadata = (i >= heic.exifFrom() && i < heic.exifTo()) || (i >= heic.xmpFrom() && i < heic.xmpTo());
            assertEquals(metadata ? 0 : photo[i], clean[i], "byte " + i + (metadata ? " (metadata)" : ""));
        }
        assertTrue(Photos.contains(clean, "HEVC-CODED-TILES"), "the picture's data is untouched");
        assertEquals(Texts.sha256(clean), checked.sha256());
        assertArrayEquals(clean, FileChecks.check("again.heic", clean).bytes(), "stripping twice changes nothing");
    }

    @Test
    void aHeicWithoutMetadataItemsIsKeptAsItIs() {
        byte[] photo = Photos.heicWithExif().bytes().clone();
        // the Exif and mime entries renamed to picture item types: nothing is metadata any more
        photo[Photos.indexOf(photo, "Exif\0")] = 'h';
        photo[Photos.indexOf(photo, "mimeXMP")] = 'j';
        assertArrayEquals(photo, FileChecks.check("IMG_0002.HEIC", photo).bytes());
    }

    @Test
    void aHeicThatCannotBeWalkedForCertainIsRefused() {
        Photos.Heic heic = Photos.heicWithExif();
        int items = heic.iloc() + 8 + 4 + 2 + 2; // header, version and flags, field sizes, item count
        int exifItem = items + 16; // each item: ID, construction method, data reference, extent count, offset, length
        assertMalformed("cut short", heic, b -> Arrays.fill(b, b.length - 5, b.length, (byte) 0), true);
        assertMalformed("an iloc of version 3", heic, b -> b[heic.iloc() + 8] = 3, false);
        assertMalformed("offsets of 3 bytes", heic, b -> b[heic.iloc() + 12] = 0x34, false);
        assertMalformed("the Exif extent past the end of the file", heic,
                b -> System.arraycopy(Photos.u32(b.length - 4), 0, b, exifItem + 8, 4), false);
        assertMalformed("the Exif extent inside the meta box", heic,
                b -> System.arraycopy(Photos.u32(40), 0, b, exifItem + 8, 4), false);
        assertMalformed("the Exif item built from another item (construction method 2)", heic, b -> b[exifItem + 3] = 2, false);
        assertMalformed("the Exif item in another file (data reference 1)", heic, b -> b[exifItem + 5] = 1, false);
        assertMalformed("an Exif extent of length 0 (\"to the end\")", heic,
                b -> System.arraycopy(Photos.u32(0), 0, b, exifItem + 12, 4), false);
        int iinf = Photos.indexOf(heic.bytes(), "iinf") - 4;
        assertMalformed("iinf promising more entries than it holds", heic, b -> b[iinf + 13] = 9, false);
        int infe = Photos.indexOf(heic.bytes(), "infe") - 4;
        assertMalformed("an infe of version 4", heic, b -> b[infe + 8] = 4, false);
        assertMalformed("a box longer than its parent", heic, b -> b[infe + 3] = (byte) 0x7F, false);
    }

    private static void assertMalformed(String what, Photos.Heic heic, Consumer<byte[]> damage, boolean truncate) {
        byte[] b = heic.bytes().clone();
        damage.accept(b);
        byte[] file = truncate ? Arrays.copyOf(b, b.length - 5) : b;
        assertTrue(MetadataStripper.strip(ContentSniffer.HEIC, file).isEmpty(), what);
        ProblemException e = assertThrows(ProblemException.class, () -> FileChecks.check("IMG.HEIC", file), what);
        assertEquals(422, e.status(), what);
        assertEquals("attachment.malformed", e.key(), what);
    }
}
