package vn.minhbach.petitions.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartDocument;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * A Word document without the names of who wrote, edited and commented it (issue 20.1): a
 * denunciation typed in Word carries its author's name in the package's properties and in every
 * comment and tracked change. The ZIP is rewritten entry by entry, in order, with
 * {@link java.util.zip}; each part is copied as it is unless it holds one of these, which are emptied:
 * <ul>
 * <li>core properties (ECMA-376 Part 2, Open Packaging Conventions, 11: {@code docProps/core.xml}): the
 * text of {@code dc:creator} and {@code cp:lastModifiedBy};</li>
 * <li>extended properties (ECMA-376 Part 1, 22.2: {@code docProps/app.xml}): {@code Company} and
 * {@code Manager};</li>
 * <li>custom properties (Part 1, 22.3: {@code docProps/custom.xml}): every property (an organisation's
 * templates put owners, departments and e-mail addresses there), the empty {@code Properties} element kept
 * so that the package's relationship still points at a valid part;</li>
 * <li>WordprocessingML (Part 1, 17.13 annotations): the {@code w:author} and {@code w:initials} attributes,
 * on any element: comments ({@code w:comment}), insertions and deletions ({@code w:ins}, {@code w:del}),
 * moves and property changes; and Word 2013's list of people in comments ({@code word/people.xml}):
 * {@code w15:author}, {@code w15:userId} (an e-mail address or account ID) and {@code w15:providerId}.
 * The rules go by namespace and name, in every XML part, so a part named otherwise is covered too;</li>
 * <li>relationships (Part 2, 9.3) to a file on the author's computer or network, such as the attached
 * template Word records as {@code file:///C:\Users\<name>\AppData\…\Templates\x.dotm}: the
 * {@code Target} keeps only the file name;</li>
 * <li>pictures in the document ({@code word/media}): JPEG, PNG, HEIC and MP4 go through
 * {@link MetadataStripper} like an upload of their own (a photo pasted from a phone keeps its GPS
 * EXIF inside the DOCX).</li>
 * </ul>
 * Parts are read with StAX events, never with a pattern over the text, with DTDs and external entities
 * off; a part declaring a DTD is refused (OOXML parts never have one: ECMA-376 Part 2 forbids DTD
 * declarations in a package's XML). Every entry is written deflated, with a fixed time (1980-01-01: the
 * entry times tell when and in which time zone it was saved) and no extra fields or comments.
 *
 * <p>Refused (empty), never stored half done: a ZIP that {@link ZipInputStream} cannot read to its end,
 * two entries of one name, more than {@value #MAX_ENTRIES} entries, more than {@value #MAX_EXPANDED_MIB}
 * MiB once inflated in total or {@value #MAX_PART_MIB} MiB for one entry (a 5 MiB file inflating to
 * gigabytes is a ZIP bomb, not a petition), an XML part that does not parse, a picture that cannot be
 * walked.
 */
final class DocxStripper {

    static final int MAX_ENTRIES = 5_000;
    static final int MAX_EXPANDED_MIB = 100;
    static final int MAX_PART_MIB = 32;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final Set<String> EXTENDED = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "http://purl.oclc.org/ooxml/officeDocument/extendedProperties");
    private static final Set<String> CUSTOM = Set.of(
            "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
            "http://purl.oclc.org/ooxml/officeDocument/customProperties");
    private static final Set<String> WORD = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
            "http://schemas.microsoft.com/office/word/2012/wordml");
    private static final Set<String> WORD_ATTRIBUTES = Set.of("author", "initials", "userId", "providerId");
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Cheap first look: a part without any of these bytes needs no parsing and is copied as it is. */
    private static final List<byte[]> MARKERS = List.of("creator", "lastModifiedBy", "Company", "Manager",
            "author", "initials", "userId", "providerId", "custom-properties", "customProperties", "External").stream()
            .map(m -> m.getBytes(StandardCharsets.US_ASCII)).toList();

    private DocxStripper() {
    }

    static Optional<byte[]> strip(byte[] docx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            long left = (long) MAX_EXPANDED_MIB << 20;
            int entries = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.empty();
                }
                int limit = (int) Math.min((long) MAX_PART_MIB << 20, left);
                byte[] part = in.readNBytes(limit + 1);
                if (part.length > limit) {
                    return Optional.empty();
                }
                left -= part.length;
                byte[] kept = entry.isDirectory() ? part : clean(entry.getName(), part);
                if (kept == null) {
                    return Optional.empty();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy); // a second entry of the same name: ZipException
                zip.write(kept);
                zip.closeEntry();
            }
            if (entries == 0) {
                return Optional.empty();
            }
        } catch (IOException | IllegalArgumentException | XMLStreamException e) {
            return Optional.empty();
        }
        return Optional.of(out.toByteArray());
    }

    /** One part without its names, or null if it cannot be read. */
    private static byte[] clean(String name, byte[] part) throws XMLStreamException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
            return needsParsing(part) ? xml(part) : part;
        }
        Optional<String> type = ContentSniffer.sniff(part);
        if (type.isPresent() && Set.of(ContentSniffer.JPEG, ContentSniffer.PNG, ContentSniffer.HEIC, ContentSniffer.MP4)
                .contains(type.get())) {
            return MetadataStripper.strip(type.get(), part).orElse(null);
        }
        return part;
    }

    private static boolean needsParsing(byte[] part) {
        // UTF-16 (a byte-order mark, or "<" followed or preceded by 0): the markers are not ASCII there
        if (part.length >= 2 && (part[0] == 0 || part[1] == 0 || (part[0] & 0xFF) == 0xFE || (part[0] & 0xFF) == 0xFF)) {
            return true;
        }
        for (byte[] marker : MARKERS) {
            if (indexOf(part, marker) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= b.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static final XMLInputFactory INPUT = XMLInputFactory.newDefaultFactory();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** An XML part rewritten event by event, with the identifying texts and attributes emptied (UTF-8). */
    private static byte[] xml(byte[] part) throws XMLStreamException {
        XMLEventReader reader = INPUT.createXMLEventReader(new ByteArrayInputStream(part));
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.length);
        XMLEventWriter writer = OUTPUT.createXMLEventWriter(out, "UTF-8");
        XMLEventFactory events = XMLEventFactory.newDefaultFactory(); // one per part: not documented thread-safe
        try {
            int depth = 0;
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                switch (event.getEventType()) {
                    case XMLEvent.DTD, XMLEvent.ENTITY_DECLARATION, XMLEvent.ENTITY_REFERENCE ->
                            throw new XMLStreamException("a DTD or an entity in an OOXML part");
                    case XMLEvent.START_DOCUMENT -> {
                        StartDocument start = (StartDocument) event;
                        String version = start.getVersion() == null ? "1.0" : start.getVersion();
                        writer.add(start.standaloneSet()
                                ? events.createStartDocument("UTF-8", version, start.isStandalone())
                                : events.createStartDocument("UTF-8", version));
                    }
                    case XMLEvent.START_ELEMENT -> {
                        StartElement element = (StartElement) event;
                        QName name = element.getName();
                        boolean root = depth == 0;
                        depth++;
                        writer.add(withoutNames(element, events));
                        if (emptied(name) || (root && CUSTOM.contains(name.getNamespaceURI())
                                && name.getLocalPart().equals("Properties"))) {
                            skipContent(reader);
                            depth--;
                            writer.add(events.createEndElement(name, null));
                        }
                    }
                    case XMLEvent.END_ELEMENT -> {
                        depth--;
                        writer.add(event);
                    }
                    default -> writer.add(event);
                }
            }
            writer.flush();
        } finally {
            writer.close();
            reader.close();
        }
        return out.toByteArray();
    }

    /** A link to a local or network file ({@code file:}, {@code C:\…}, {@code \\server\…}) as its last segment; others unchanged. */
    static String fileNameOnly(String target) {
        String t = target.trim();
        boolean local = t.regionMatches(true, 0, "file:", 0, 5) || t.startsWith("\\\\")
                || (t.length() > 2 && t.charAt(1) == ':' && Character.isLetter(t.charAt(0)) && (t.charAt(2) == '\\' || t.charAt(2) == '/'));
        if (!local) {
            return target;
        }
        return t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1);
    }

    private static boolean emptied(QName name) {
        String ns = name.getNamespaceURI();
        String local = name.getLocalPart();
        return (ns.equals(DC) && local.equals("creator"))
                || (ns.equals(CORE) && local.equals("lastModifiedBy"))
                || (EXTENDED.contains(ns) && (local.equals("Company") || local.equals("Manager")));
    }

    /** Reads up to and including the end of the element just started, writing nothing. */
    private static void skipContent(XMLEventReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartElement()) {
                depth++;
            } else if (event.isEndElement()) {
                depth--;
            } else if (event.getEventType() == XMLEvent.ENTITY_REFERENCE || event.getEventType() == XMLEvent.DTD) {
                throw new XMLStreamException("an entity in an OOXML part");
            }
        }
    }

    /**
     * The element with its WordprocessingML author attributes set to the empty string, and a
     * relationship's local file target reduced to the file name.
     */
    private static StartElement withoutNames(StartElement element, XMLEventFactory events) {
        boolean any = false;
        boolean relationship = element.getName().getNamespaceURI().equals(RELATIONSHIPS)
                && element.getName().getLocalPart().equals("Relationship");
        List<Attribute> attributes = new ArrayList<>();
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
            Attribute a = it.next();
            QName n = a.getName();
            String kept = a.getValue();
            if (WORD.contains(n.getNamespaceURI()) && WORD_ATTRIBUTES.contains(n.getLocalPart())) {
                kept = "";
            } else if (relationship && n.getNamespaceURI().isEmpty() && n.getLocalPart().equals("Target")) {
                kept = fileNameOnly(kept);
            }
            if (kept.equals(a.getValue())) {
                attributes.add(a);
            } else {
                attributes.add(events.createAttribute(n, kept));
                any = true;
            }
        }
        if (!any) {
            return element;
        }
        QName name = element.getName();
        return events.createStartElement(name.getPrefix(), name.getNamespaceURI(), name.getLocalPart(),
                attributes.iterator(), element.getNamespaces());
    }
}
