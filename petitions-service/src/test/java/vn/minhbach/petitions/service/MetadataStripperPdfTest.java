package vn.minhbach.petitions.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Documents;
import vn.minhbach.petitions.Photos;

/** Issue 20.1: a PDF loses its author, XMP, annotation authors and its photos' EXIF, earlier revisions included. */
class MetadataStripperPdfTest {

    @Test
    void aPdfLosesItsDocumentInformationXmpAnnotationAuthorsAndPhotoExifAndKeepsItsPage() throws IOException {
        byte[] pdf = Documents.pdfWithAuthor();
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(Arrays.stream(Documents.pdfForms(Documents.AUTHOR)).anyMatch(raw::contains), "the test file names its author");
        assertTrue(raw.contains("x:xmpmeta") && raw.contains(Photos.OWNER), "XMP and the photo's EXIF are in the file");
        try (PDDocument before = Loader.loadPDF(pdf)) {
            assertEquals("Người gửi", before.getDocumentInformation().getAuthor(), "the last revision's author");
        }

        FileChecks.Checked checked = FileChecks.check("don-to-cao.pdf", pdf);
        byte[] clean = checked.bytes();
        assertEquals(ContentSniffer.PDF, checked.type());
        String out = new String(clean, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String name : new String[] {Documents.AUTHOR, "Người gửi", "Microsoft", "Desktop"}) {
            for (String form : Documents.pdfForms(name)) {
                assertFalse(out.contains(form), name + " as " + form);
            }
        }
        for (String gone : new String[] {"x:xmpmeta", "xpacket", "/Author", "/Creator", "/Producer", "/Metadata",
                Photos.OWNER, Photos.SERIAL, "Exif"}) {
            assertFalse(out.contains(gone), gone);
        }
        assertEquals(1, count(out, "%%EOF"), "one revision: the earlier one is gone");

        try (PDDocument after = Loader.loadPDF(clean)) {
            assertNull(after.getDocument().getTrailer().getCOSDictionary(COSName.INFO), "no document information");
            assertNull(after.getDocumentCatalog().getMetadata(), "no XMP");
            assertEquals(1, after.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(after).contains(Documents.PAGE_TEXT), "the page's text stays");
            PDPage page = after.getPage(0);
            PDAnnotation note = page.getAnnotations().get(0);
            assertEquals("Xem lại đoạn này", note.getContents(), "the note stays");
            assertEquals("", ((PDAnnotationMarkup) note).getTitlePopup(), "without its author");
            PDImageXObject photo = (PDImageXObject) page.getResources().getXObject(page.getResources().getXObjectNames().iterator().next());
            assertEquals(64, photo.getImage().getWidth(), "the photo still decodes");
            assertArrayEquals(Photos.plainJpeg(64, 48), photo.getCOSObject().createRawInputStream().readAllBytes(),
                    "the photo, byte for byte without its EXIF");
        }
        assertArrayEquals(clean, FileChecks.check("again.pdf", pdf).bytes(), "the same file gives the same bytes");
    }

    @Test
    void aPlainPdfStillLoadsWithItsText() throws IOException {
        byte[] clean = FileChecks.check("a.pdf", Documents.pdf("Trang 1")).bytes();
        try (PDDocument doc = Loader.loadPDF(clean)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Trang 1"));
        }
        try (PDDocument doc = Loader.loadPDF(FileChecks.check("objstm.pdf", Documents.pdfWithObjectStream(0)).bytes())) {
            assertEquals(1, doc.getNumberOfPages(), "a hand-written PDF with an object stream and an xref stream");
        }
    }

    @Test
    void encryptedPdfsAreRefusedBecauseTheirMetadataCannotBeRead() {
        for (String user : new String[] {"mat-khau", ""}) {
            byte[] pdf = Documents.encryptedPdf(user);
            ProblemException e = assertThrows(ProblemException.class, () -> FileChecks.check("bao-mat.pdf", pdf), user);
            assertEquals(422, e.status());
            assertEquals("attachment.encrypted", e.key());
        }
    }

    @Test
    void aSignedPdfIsKeptByteForByteSoItsSignatureStillHolds() {
        byte[] signed = Documents.signedPdf();
        assertTrue(Photos.contains(signed, "/ByteRange"));
        assertArrayEquals(signed, FileChecks.check("quyet-dinh.pdf", signed).bytes());
    }

    @Test
    void anObjectStreamInflatingPastTheBudgetIsRefusedAndDamagedPdfsToo() {
        byte[] bomb = Documents.pdfWithObjectStream((PdfStripper.MAX_DECODED_MIB + 8) << 20);
        assertTrue(bomb.length < 200_000, "a small file: " + bomb.length);
        ProblemException e = assertThrows(ProblemException.class, () -> FileChecks.check("bom.pdf", bomb));
        assertEquals(422, e.status());
        assertEquals("attachment.malformed", e.key());

        for (byte[] damaged : new byte[][] {"%PDF-1.7 biên bản".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages " + "[".repeat(200_000) + "\ntrailer << /Root 1 0 R >>\n%%EOF")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)}) {
            assertEquals(422, assertThrows(ProblemException.class, () -> FileChecks.check("hong.pdf", damaged)).status());
        }
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
