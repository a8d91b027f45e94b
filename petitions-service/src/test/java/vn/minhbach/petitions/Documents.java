package vn.minhbach.petitions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Word and PDF files that name their author, as Word, "Save as PDF" and phone scanner apps write them
 * (issue 20.1): DOCX built entry by entry with java.util.zip, PDFs with Apache PDFBox.
 */
public final class Documents {

    /** Who wrote the denunciation: nothing of this may reach the person denounced. */
    public static final String AUTHOR = "Nguyễn Văn An";
    public static final String INITIALS = "NVA";
    public static final String COMPANY = "Công ty TNHH An Phát";
    public static final String MANAGER = "Trần Thị Bình";
    public static final String EMAIL = "an.nguyen@example.vn";
    public static final String TEXT = "Tôi tố cáo việc cấp đất sai quy định tại phường Hàng Trống.";
    public static final String PAGE_TEXT = "Bien ban so 20 ngay 01/12/2026";

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:styles xmlns:w=\"" + W
            + "\"><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>";

    private Documents() {
    }

    /**
     * A .docx as Word saves it after its author typed, changed and commented it: the author in the core
     * properties, company and manager in the extended ones, an e-mail in a custom property, a tracked
     * insertion and deletion, a comment with initials, the people list, the attached template in the
     * author's profile folder, and a phone photo with GPS.
     */
    public static byte[] docxWithAuthors() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        put(entries, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
                + "</Types>");
        put(entries, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        put(entries, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>Đơn tố cáo</dc:title><dc:creator>" + AUTHOR + "</dc:creator>"
                + "<cp:lastModifiedBy>" + AUTHOR + "</cp:lastModifiedBy><cp:revision>3</cp:revision>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-01T07:15:00Z</dcterms:created></cp:coreProperties>");
        put(entries, "docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<Template>Normal.dotm</Template><Pages>1</Pages><Company>" + COMPANY + "</Company>"
                + "<Manager>" + MANAGER + "</Manager><Application>Microsoft Office Word</Application></Properties>");
        put(entries, "docProps/custom.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Owner\"><vt:lpwstr>" + EMAIL
                + "</vt:lpwstr></property></Properties>");
        put(entries, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<w:body><w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>" + TEXT + "</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                + "<w:ins w:id=\"1\" w:author=\"" + AUTHOR + "\" w:date=\"2026-12-01T07:20:00Z\"><w:r><w:t xml:space=\"preserve\"> Kèm ảnh &amp; biên bản.</w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"" + AUTHOR + "\" w:date=\"2026-12-01T07:21:00Z\"><w:r><w:delText>Bản cũ.</w:delText></w:r></w:del>"
                + "</w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
        put(entries, "word/comments.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<w:comments xmlns:w=\"" + W + "\"><w:comment w:id=\"0\" w:author=\"" + AUTHOR + "\" "
                + "w:date=\"2026-12-01T07:22:00Z\" w:initials=\"" + INITIALS + "\"><w:p><w:r><w:t>Xem lại đoạn này</w:t></w:r></w:p>"
                + "</w:comment></w:comments>");
        put(entries, "word/people.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"><w15:person w15:author=\""
                + AUTHOR + "\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"" + EMAIL + "\"/></w15:person></w15:people>");
        put(entries, "word/_rels/settings.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
                + "Target=\"file:///C:\\Users\\" + AUTHOR + "\\AppData\\Roaming\\Microsoft\\Templates\\Don.dotm\" TargetMode=\"External\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                + "Target=\"https://thanhtra.gov.vn/tiep-cong-dan\" TargetMode=\"External\"/></Relationships>");
        put(entries, "word/styles.xml", STYLES);
        entries.put("word/media/image1.jpeg", Photos.jpegWithGps());
        return zip(entries);
    }

    private static void put(Map<String, byte[]> entries, String name, String xml) {
        entries.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entries of a ZIP, inflated, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    /** The forms a PDF string of {@code text} takes in a file: UTF-8, UTF-16BE, and UTF-16BE as hex either case. */
    public static String[] pdfForms(String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        return new String[] {new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                new String(utf16, StandardCharsets.ISO_8859_1), HexFormat.of().withUpperCase().formatHex(utf16),
                HexFormat.of().formatHex(utf16)};
    }

    /** A one-page PDF with this text (ASCII: Helvetica), saved by PDFBox as it saves by default. */
    public static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument()) {
            page(doc, text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PDPage page(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 760);
            content.showText(text);
            content.endText();
        }
        return page;
    }

    /**
     * A PDF as a denouncer's "Save as PDF" and a scanner app leave it: document information (author,
     * creator with the name, a title with the user's folder, producer), XMP on the catalog, a sticky note
     * signed by the author, the phone photo with GPS placed as it is (DCTDecode); then a second revision
     * (an incremental update) changing the author, so the first one survives after it in the file.
     * Objects uncompressed, so each name is in the bytes as the file holds it.
     */
    public static byte[] pdfWithAuthor() {
        try {
            byte[] first;
            try (PDDocument doc = new PDDocument()) {
                PDPage page = page(doc, PAGE_TEXT);
                PDImageXObject photo = JPEGFactory.createFromByteArray(doc, Photos.jpegWithGps());
                try (PDPageContentStream content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                    content.drawImage(photo, 72, 500);
                }
                PDAnnotationText note = new PDAnnotationText();
                note.setRectangle(new PDRectangle(72, 700, 20, 20));
                note.setContents("Xem lại đoạn này");
                note.setTitlePopup(AUTHOR);
                page.getAnnotations().add(note);
                var info = doc.getDocumentInformation();
                info.setAuthor(AUTHOR);
                info.setCreator("Microsoft Word - Don to cao (" + AUTHOR + ")");
                info.setProducer("Microsoft: Print To PDF");
                info.setTitle("C:\\Users\\" + AUTHOR + "\\Desktop\\don-to-cao.docx");
                PDMetadata xmp = new PDMetadata(doc);
                xmp.importXMPMetadata(("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>"
                        + AUTHOR + "</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>")
                        .getBytes(StandardCharsets.UTF_8));
                doc.getDocumentCatalog().setMetadata(xmp);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out, CompressParameters.NO_COMPRESSION);
                first = out.toByteArray();
            }
            try (PDDocument doc = Loader.loadPDF(first)) {
                doc.getDocumentInformation().setAuthor("Người gửi");
                doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF that opens without a password but is protected ({@code user} empty: an owner password only) or not. */
    public static byte[] encryptedPdf(String user) {
        try (PDDocument doc = new PDDocument()) {
            page(doc, PAGE_TEXT);
            doc.getDocumentInformation().setAuthor(AUTHOR);
            doc.protect(new StandardProtectionPolicy("chu-so-huu", user, new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF with a signature dictionary over its bytes (the signature itself is dummy bytes). */
    public static byte[] signedPdf() {
        try (PDDocument doc = Loader.loadPDF(pdf("Quyet dinh so 1 (ky so)"))) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("UBND phuong Hang Trong");
            signature.setSignDate(Calendar.getInstance());
            doc.addSignature(signature, content -> new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A PDF written by hand whose three objects (catalog, pages, page) lie in a Flate object stream
     * followed by {@code padding} spaces, with an uncompressed cross-reference stream (ISO 32000-1,
     * 7.5.7 and 7.5.8): with a large padding, a few kilobytes that inflate to as many megabytes.
     */
    public static byte[] pdfWithObjectStream(int padding) {
        String catalog = "<< /Type /Catalog /Pages 3 0 R >>";
        String pages = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>";
        String page = "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 200] >>";
        String header = "2 0 3 " + (catalog.length() + 1) + " 4 " + (catalog.length() + pages.length() + 2) + " ";
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        decoded.writeBytes((header + catalog + " " + pages + " " + page + " ").getBytes(StandardCharsets.US_ASCII));
        byte[] deflated;
        try {
            ByteArrayOutputStream z = new ByteArrayOutputStream();
            try (DeflaterOutputStream out = new DeflaterOutputStream(z, new Deflater(Deflater.BEST_COMPRESSION))) {
                out.write(decoded.toByteArray());
                byte[] spaces = new byte[1 << 16];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int left = padding; left > 0; left -= spaces.length) {
                    out.write(spaces, 0, Math.min(left, spaces.length));
                }
            }
            deflated = z.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        int objectStream = pdf.size();
        pdf.writeBytes(("1 0 obj\n<< /Type /ObjStm /N 3 /First " + header.length() + " /Filter /FlateDecode /Length "
                + deflated.length + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(deflated);
        pdf.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        int xref = pdf.size();
        ByteArrayOutputStream rows = new ByteArrayOutputStream(); // W [1 4 2]: type, offset or stream, generation or index
        rows.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        row(rows, 1, objectStream, 0);
        row(rows, 2, 1, 0);
        row(rows, 2, 1, 1);
        row(rows, 2, 1, 2);
        row(rows, 1, xref, 0);
        pdf.writeBytes(("5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 2 0 R /Length " + rows.size()
                + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(rows.toByteArray());
        pdf.writeBytes(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    private static void row(ByteArrayOutputStream rows, int type, int field2, int field3) {
        rows.write(type);
        rows.writeBytes(Photos.u32(field2));
        rows.write(field3 >>> 8);
        rows.write(field3);
    }
}
