package vn.minhbach.programs.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * {@link ReportDocument} as a Word document (Apache POI XWPF): A4, margins per HD 36 (top and bottom
 * 20 mm, left 30 mm, right 15 mm), Times New Roman 14 pt (the fonts of the Vietnamese set every
 * reader's Word has; diacritics are precomposed Unicode), the heading block as a borderless two-column
 * table (issuing body left, party heading and place/date right, each centred), the title, the body
 * justified with a first-line indent, the figure tables with borders, and the recipients and signature
 * block as a second borderless table. Text goes into runs as text, so user text cannot become markup.
 */
public final class ReportDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private ReportDocx() {
    }

    public static byte[] render(ReportDocument d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            heading(doc, d);
            XWPFParagraph title = centred(doc.createParagraph());
            title.setSpacingBefore(240);
            run(title, d.title(), 16, true, false);
            XWPFParagraph summary = centred(doc.createParagraph());
            run(summary, d.summary(), 14, true, false);
            run(centred(doc.createParagraph()), "-----", 14, false, false);
            for (ReportDocument.Part part : d.body()) {
                if (part instanceof ReportDocument.Heading h) {
                    XWPFParagraph p = body(doc);
                    p.setSpacingBefore(120);
                    run(p, h.text(), 14, true, false);
                } else if (part instanceof ReportDocument.Paragraph p) {
                    run(body(doc), p.text(), 14, false, false);
                } else if (part instanceof ReportDocument.Table t) {
                    table(doc, t);
                }
            }
            closing(doc, d);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
        margins.setHeader(twips(10));
        margins.setFooter(twips(10));
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }

    /** Issuing body, asterisk and number (left); party heading, underlined, then place and date (right). */
    private static void heading(XWPFDocument doc, ReportDocument d) {
        XWPFTable t = borderless(doc, 1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        List<String> body = d.issuingBody();
        for (int i = 0; i < body.size(); i++) {
            run(cellParagraph(left, i == 0), body.get(i), 14, i == body.size() - 1, false);
        }
        run(cellParagraph(left, false), "*", 14, false, false);
        run(cellParagraph(left, false), d.numberAndSymbol(), 14, false, false);
        XWPFTableCell right = t.getRow(0).getCell(1);
        XWPFRun party = run(cellParagraph(right, true), ReportDocument.PARTY_HEADING, 15, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        cellParagraph(right, false);
        run(cellParagraph(right, false), d.placeAndDate(), 14, false, true);
        width(t, 0, 45);
        width(t, 1, 55);
    }

    private static void closing(XWPFDocument doc, ReportDocument d) {
        doc.createParagraph();
        XWPFTable t = borderless(doc, 1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFParagraph label = cellParagraph(left, true);
        label.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun r = run(label, ReportDocument.RECIPIENTS, 14, false, false);
        r.setUnderline(UnderlinePatterns.SINGLE);
        for (String recipient : d.recipients()) {
            XWPFParagraph p = cellParagraph(left, false);
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, recipient, 12, false, false);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        for (int i = 0; i < d.signature().size(); i++) {
            run(cellParagraph(right, i == 0), d.signature().get(i), 14, true, false);
        }
        width(t, 0, 50);
        width(t, 1, 50);
    }

    private static void table(XWPFDocument doc, ReportDocument.Table table) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setSpacingBefore(120);
        caption.setKeepNext(true);
        run(caption, table.caption(), 13, true, true);
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.header().size());
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth("100%");
        for (int c = 0; c < table.header().size(); c++) {
            XWPFParagraph p = cellParagraph(t.getRow(0).getCell(c), true);
            run(p, table.header().get(c), 12, true, false);
        }
        t.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                XWPFParagraph p = cellParagraph(t.getRow(r + 1).getCell(c), true);
                p.setAlignment(c > 0 && ReportPdf.isNumber(row.get(c)) ? ParagraphAlignment.RIGHT
                        : ParagraphAlignment.LEFT);
                run(p, row.get(c), 12, false, false);
            }
        }
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int cols) {
        XWPFTable t = doc.createTable(rows, cols);
        t.removeBorders();
        t.setWidth("100%");
        return t;
    }

    private static void width(XWPFTable t, int col, int percent) {
        t.getRow(0).getCell(col).setWidth(percent + "%");
    }

    /** The cell's first (existing) paragraph, or a new one; centred. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setSpacingAfter(0);
        return centred(p);
    }

    private static XWPFParagraph centred(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFParagraph body(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567); // 1 cm
        p.setSpacingAfter(120);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setLang("vi-VN");
        return r;
    }
}
