package vn.minhbach.programs.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link ReportDocument} as a PDF (openhtmltopdf on Apache PDFBox): the same layout as the DOCX — A4,
 * HD 36 margins, heading block in two columns, title, justified body, figure tables, recipients and
 * signature — drawn from a DOM built here element by element (no markup is parsed, so user text is only
 * ever a text node), in DejaVu Serif, whose glyphs cover Vietnamese, embedded as a subset
 * (src/main/resources/fonts, Bitstream Vera licence in LICENSE-DejaVu.txt).
 */
public final class ReportPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    static final String FAMILY = "DejaVu Serif";

    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
            body { font-family: 'DejaVu Serif'; font-size: 13pt; line-height: 1.3; }
            table.frame { width: 100%; border-collapse: collapse; }
            table.frame td { vertical-align: top; text-align: center; padding: 0; }
            table.heading { font-size: 12pt; }
            table.heading div { white-space: nowrap; }
            .strong { font-weight: bold; }
            .pre, table.heading div.pre { white-space: pre; }
            .nowrap { white-space: nowrap; }
            .party { font-weight: bold; text-decoration: underline; font-size: 12.5pt; }
            .date { font-style: italic; margin-top: 8pt; white-space: nowrap; }
            h1 { font-size: 15pt; text-align: center; margin: 18pt 0 0 0; }
            .summary { font-weight: bold; text-align: center; margin: 0 10mm; }
            .rule { text-align: center; margin-bottom: 10pt; }
            h2 { font-size: 13pt; margin: 8pt 0 4pt 0; text-indent: 10mm; page-break-after: avoid; }
            p.body { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
            .caption { font-weight: bold; font-style: italic; font-size: 12pt; margin: 6pt 0 3pt 0; page-break-after: avoid; }
            table.figures { width: 100%; border-collapse: collapse; font-size: 11pt; margin-bottom: 8pt; -fs-table-paginate: paginate; }
            table.figures th, table.figures td { border: 0.5pt solid black; padding: 2pt 4pt; vertical-align: top; }
            table.figures th { font-weight: bold; text-align: center; }
            table.figures td.number { text-align: right; white-space: nowrap; }
            table.figures tr { page-break-inside: avoid; }
            .closing { margin-top: 14pt; }
            .closing tr { page-break-inside: avoid; }
            .signature { height: 28mm; }
            .closing td.recipients { text-align: left; font-size: 11pt; }
            .recipients-label { font-size: 13pt; text-decoration: underline; font-weight: bold; font-style: italic; }
            """;

    private ReportPdf() {
    }

    /** A figure cell ("1.820", "0") is right-aligned. */
    static boolean isNumber(String cell) {
        return cell.matches("\\d[\\d.]*");
    }

    public static byte[] render(ReportDocument d) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(dom(d), null);
            font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
            builder.withProducer("Minh Bạch programs-service");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream("fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: fonts/" + file);
            }
            return in;
        }, FAMILY, weight, style, true);
    }

    static Document dom(ReportDocument d) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element html = doc.createElement("html");
        html.setAttribute("lang", "vi");
        doc.appendChild(html);
        Element head = add(html, "head", null);
        add(head, "title", ReportDocument.TITLE + " " + d.summary());
        add(head, "style", CSS);
        Element body = add(html, "body", null);

        Element row = add(klass(add(body, "table", null), "frame heading"), "tr", null);
        Element left = add(row, "td", null);
        left.setAttribute("style", "width: 42%;");
        List<String> issuing = d.issuingBody();
        for (int i = 0; i < issuing.size(); i++) {
            Element line = add(left, "div", issuing.get(i));
            if (i == issuing.size() - 1) {
                klass(line, "strong");
            }
        }
        add(left, "div", "*");
        klass(add(left, "div", d.numberAndSymbol()), "pre");
        Element right = add(row, "td", null);
        right.setAttribute("style", "width: 58%;");
        klass(add(add(right, "div", null), "span", ReportDocument.PARTY_HEADING), "party");
        klass(add(right, "div", d.placeAndDate()), "date");

        add(body, "h1", d.title());
        klass(add(body, "div", d.summary()), "summary");
        klass(add(body, "div", "-----"), "rule");
        for (ReportDocument.Part part : d.body()) {
            if (part instanceof ReportDocument.Heading h) {
                add(body, "h2", h.text());
            } else if (part instanceof ReportDocument.Paragraph p) {
                klass(add(body, "p", p.text()), "body");
            } else if (part instanceof ReportDocument.Table t) {
                table(body, t);
            }
        }

        Element closingRow = add(klass(add(body, "table", null), "frame closing"), "tr", null);
        Element closing = klass(add(closingRow, "td", null), "recipients");
        closing.setAttribute("style", "width: 50%;");
        klass(add(closing, "div", ReportDocument.RECIPIENTS), "recipients-label");
        d.recipients().forEach(r -> add(closing, "div", r));
        Element sign = add(closingRow, "td", null);
        sign.setAttribute("style", "width: 50%;");
        d.signature().forEach(s -> klass(add(sign, "div", s), "strong"));
        klass(add(sign, "div", null), "signature");
        return doc;
    }

    private static void table(Element body, ReportDocument.Table t) {
        klass(add(body, "div", t.caption()), "caption");
        Element table = klass(add(body, "table", null), "figures");
        Element head = add(add(table, "thead", null), "tr", null);
        int[] widths = switch (t.header().size()) {
            case 2 -> new int[] {80, 20};
            case 3 -> new int[] {8, 42, 50};
            case 6 -> new int[] {31, 10, 13, 13, 13, 20};
            default -> null;
        };
        for (int c = 0; c < t.header().size(); c++) {
            Element th = add(head, "th", t.header().get(c));
            if (widths != null) {
                th.setAttribute("style", "width: " + widths[c] + "%;");
            }
        }
        Element rows = add(table, "tbody", null);
        for (List<String> row : t.rows()) {
            Element tr = add(rows, "tr", null);
            for (int c = 0; c < row.size(); c++) {
                Element td = add(tr, "td", row.get(c));
                if (c > 0 && isNumber(row.get(c))) {
                    klass(td, "number");
                }
            }
        }
    }

    /**
     * Words with a slash (dates 31/10/2022, symbols 25-KH/QU, 10-CTr/TU) are kept on one line: the line
     * breaker would otherwise cut them at the slash.
     */
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[^\\s/]+(/[^\\s/]+)+");

    /** A child element, with its text as text nodes when given (dates in no-wrap spans). */
    private static Element add(Element parent, String name, String text) {
        Document doc = parent.getOwnerDocument();
        Element e = doc.createElement(name);
        if (text != null) {
            java.util.regex.Matcher m = DATE.matcher(text);
            int at = 0;
            while (m.find()) {
                e.appendChild(doc.createTextNode(text.substring(at, m.start())));
                Element span = doc.createElement("span");
                span.setAttribute("class", "nowrap");
                span.appendChild(doc.createTextNode(m.group()));
                e.appendChild(span);
                at = m.end();
            }
            e.appendChild(doc.createTextNode(text.substring(at)));
        }
        parent.appendChild(e);
        return e;
    }

    private static Element klass(Element e, String name) {
        e.setAttribute("class", name);
        return e;
    }
}
