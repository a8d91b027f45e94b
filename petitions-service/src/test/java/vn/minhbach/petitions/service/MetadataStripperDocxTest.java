package vn.minhbach.petitions.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Documents;
import vn.minhbach.petitions.Photos;

/** Issue 20.1: a Word file loses the names of who wrote, edited and commented it, and keeps its text. */
class MetadataStripperDocxTest {

    private static final List<String> NAMES = List.of(Documents.AUTHOR, Documents.COMPANY, Documents.MANAGER,
            Documents.EMAIL, "w:initials=\"" + Documents.INITIALS + "\"", Photos.OWNER, Photos.SERIAL);

    @Test
    void aDocxLosesItsAuthorsCompanyCustomPropertiesAndCommentAndRevisionAuthors() {
        byte[] docx = Documents.docxWithAuthors();
        Map<String, byte[]> before = Documents.entries(docx);
        assertTrue(text(before.get("docProps/core.xml")).contains(Documents.AUTHOR), "the test file names its author");
        assertTrue(Photos.hasGps(before.get("word/media/image1.jpeg")));

        FileChecks.Checked checked = FileChecks.check("don-to-cao.docx", docx);
        assertEquals(ContentSniffer.DOCX, checked.type());
        assertEquals(ContentSniffer.DOCX, ContentSniffer.sniff(checked.bytes()).orElseThrow(), "still a DOCX");
        assertTrue(ContentSniffer.macros(checked.bytes()).isEmpty());
        Map<String, byte[]> after = Documents.entries(checked.bytes());
        assertEquals(before.keySet().stream().toList(), after.keySet().stream().toList(), "the same entries, in order");
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            String part = new String(e.getValue(), StandardCharsets.ISO_8859_1) + text(e.getValue());
            for (String name : NAMES) {
                assertFalse(part.contains(name) || part.contains(new String(name.getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1)), name + " in " + e.getKey());
            }
        }

        String core = text(after.get("docProps/core.xml"));
        assertTrue(core.contains("<dc:creator></dc:creator>") || core.contains("<dc:creator/>"), core);
        assertTrue(core.contains("Đơn tố cáo") && core.contains("2026-12-01T07:15:00Z"), "the title and dates stay: " + core);
        String app = text(after.get("docProps/app.xml"));
        assertTrue(app.contains("Normal.dotm") && app.contains("<Pages>1</Pages>"), app);
        String custom = text(after.get("docProps/custom.xml"));
        assertFalse(custom.contains("<property"), custom);
        assertTrue(custom.contains("custom-properties"), "the part stays, empty: " + custom);
        String document = text(after.get("word/document.xml"));
        assertEquals(texts(text(before.get("word/document.xml"))), texts(document), "the document's text is unchanged");
        assertTrue(document.contains("w:author=\"\"") && document.contains("<w:ins") && document.contains("<w:del"),
                "the revisions stay, without their author: " + document);
        assertTrue(document.contains("w:date=\"2026-12-01T07:20:00Z\""));
        String comments = text(after.get("word/comments.xml"));
        assertTrue(comments.contains("Xem lại đoạn này") && comments.contains("w:author=\"\"") && comments.contains("w:initials=\"\""), comments);
        String people = text(after.get("word/people.xml"));
        assertTrue(people.contains("w15:author=\"\"") && people.contains("w15:userId=\"\""), people);
        String links = text(after.get("word/_rels/settings.xml.rels"));
        assertTrue(links.contains("Target=\"Don.dotm\"") && links.contains("Target=\"https://thanhtra.gov.vn/tiep-cong-dan\""),
                "the template's folder goes, a web link stays: " + links);
        assertArrayEquals(Documents.STYLES.getBytes(StandardCharsets.UTF_8), after.get("word/styles.xml"),
                "a part without names is copied byte for byte");
        byte[] photo = after.get("word/media/image1.jpeg");
        assertFalse(Photos.hasGps(photo), "the photo in the document lost its GPS");
        assertArrayEquals(Photos.plainJpeg(64, 48), photo);
        assertArrayEquals(checked.bytes(), FileChecks.check("again.docx", checked.bytes()).bytes(), "stripping twice changes nothing");
    }

    @Test
    void zipBombsDtdsAndDamagedFilesAreRefused() {
        Map<String, byte[]> base = Documents.entries(Documents.docxWithAuthors());

        Map<String, byte[]> bomb = new LinkedHashMap<>(base);
        bomb.put("word/media/zeros.bin", new byte[33 << 20]); // 33 MiB of zeros: about 33 kB deflated
        assertMalformed("one entry over 32 MiB", Documents.zip(bomb));

        Map<String, byte[]> spread = new LinkedHashMap<>(base);
        byte[] zeros = new byte[30 << 20];
        for (int i = 0; i < 4; i++) {
            spread.put("word/media/zeros" + i + ".bin", zeros);
        }
        assertMalformed("more than 100 MiB in total", Documents.zip(spread));

        Map<String, byte[]> many = new LinkedHashMap<>(base);
        for (int i = 0; i < 5_000; i++) {
            many.put("customXml/item" + i + ".bin", new byte[0]);
        }
        assertMalformed("more than 5000 entries", Documents.zip(many));

        Map<String, byte[]> laughs = new LinkedHashMap<>(base);
        laughs.put("docProps/core.xml", ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>&lol2;</dc:creator></cp:coreProperties>")
                .getBytes(StandardCharsets.UTF_8));
        assertMalformed("a DTD with entities", Documents.zip(laughs));

        Map<String, byte[]> external = new LinkedHashMap<>(base);
        external.put("word/comments.xml", ("<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:comment w:author=\"a\">&x;</w:comment></w:comments>").getBytes(StandardCharsets.UTF_8));
        assertMalformed("an external entity", Documents.zip(external));

        Map<String, byte[]> broken = new LinkedHashMap<>(base);
        broken.put("word/comments.xml", "<w:comments xmlns:w=\"x\"><w:comment w:author=\"a\">".getBytes(StandardCharsets.UTF_8));
        assertMalformed("an XML part cut short", Documents.zip(broken));

        Map<String, byte[]> cutPhoto = new LinkedHashMap<>(base);
        byte[] jpeg = Photos.jpegWithGps();
        cutPhoto.put("word/media/image1.jpeg", java.util.Arrays.copyOf(jpeg, 300));
        assertMalformed("a photo that cannot be walked", Documents.zip(cutPhoto));

        byte[] docx = Documents.docxWithAuthors();
        assertMalformed("a ZIP cut short", java.util.Arrays.copyOf(docx, docx.length / 2));
    }

    private static void assertMalformed(String what, byte[] docx) {
        assertTrue(DocxStripper.strip(docx).isEmpty(), what);
        ProblemException e = assertThrows(ProblemException.class, () -> FileChecks.check("don.docx", docx), what);
        assertEquals(422, e.status(), what);
        assertEquals("attachment.malformed", e.key(), what);
    }

    private static String text(byte[] b) {
        assertNotNull(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The run texts of a WordprocessingML part, inserted and deleted, in order (a test may read XML loosely). */
    private static List<String> texts(String xml) {
        Matcher m = Pattern.compile("<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:(?:t|delText)>").matcher(xml);
        List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).replace("&amp;", "&"));
        }
        assertTrue(texts.contains(Documents.TEXT), xml);
        return texts;
    }
}
