package vn.minhbach.petitions.service;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF without what names who made it (issue 20.1), rewritten whole with Apache PDFBox 3:
 * <ul>
 * <li>the document information dictionary (ISO 32000-1, 14.3.3) is dropped entirely: Author, and also
 * Creator and Producer (the programs, often with the user's licence or machine name), Title (print
 * drivers and "Save as PDF" put the file name there, often with the user's folder), Subject, Keywords,
 * the creation and modification dates and any private key. A viewer needs none of them, so nothing is
 * kept rather than deciding key by key;</li>
 * <li>every {@code /Metadata} stream (14.3.2: XMP, with {@code dc:creator} and the editing history, on
 * the catalog and on any page, image or font) and every {@code /PieceInfo} (14.5: private data of the
 * program that wrote the file);</li>
 * <li>the author of each markup annotation, its {@code /T} (12.5.6.2, Table 170: "shall identify the user
 * who added the annotation"), set to the empty string: a comment or highlight stays, its author does
 * not;</li>
 * <li>the EXIF of photos placed in the PDF as they are ({@code /DCTDecode} image streams: phone scanner
 * apps embed the camera's JPEG), through {@link MetadataStripper#jpeg}, losslessly.</li>
 * </ul>
 *
 * <p><b>A full save, never an incremental one</b>: a PDF edited by its author keeps earlier revisions
 * after the last one (ISO 32000-1, 7.5.6), and an incremental save would append to them; the full save
 * writes only the objects the document still reaches, so an author name replaced or deleted in a later
 * revision goes with the old revision. Objects are written uncompressed (no object streams), so what is
 * kept can be read with a text viewer; content, fonts and images are copied as they were encoded. A
 * missing trailer {@code /ID} is set from the SHA-256 of the file received, so the same upload always
 * gives the same bytes (PDFBox would otherwise derive it from the clock).
 *
 * <p><b>Kept unchanged</b>: a PDF with a digital signature. Rewriting it would break the signature (it
 * covers the bytes of its revision), and a signed decision or report loses its value as evidence; the
 * signer is named by the signature's certificate anyway, which no stripping could hide.
 *
 * <p><b>Refused</b>: an encrypted PDF ({@link MetadataStripper.Encrypted}: with a user password it cannot
 * be opened, with an owner password only it could be, but rewriting it would remove the author's
 * protection; either way the sender is asked for an unprotected copy), and anything PDFBox cannot load
 * or save (empty: 422).
 *
 * <p><b>Bounded</b>: loading decodes the cross-reference and object streams in memory, and a 5 MiB file
 * can hold a Flate stream inflating to gigabytes. PDFBox's stream cache limit
 * ({@link MemoryUsageSetting}) does not cover that decoding, so each of PDFBox's filters is wrapped once
 * (PDFBox has no public way to register filters: its factory's map is replaced by reflection) to count
 * what it decodes on the thread stripping a file: over {@value #MAX_DECODED_MIB} MiB, the file is refused.
 * If the wrapping cannot be installed (a PDFBox that changed inside), every PDF is refused rather than
 * loaded unbounded; the tests see it at once.
 *
 * <p>Why PDFBox: it is the Apache project's PDF library, maintained (3.0.x), already used by
 * programs-service under openhtmltopdf, with a parser tolerant of the damaged files scanners and phones
 * produce; a PDF's objects, cross-reference streams and revisions are not something to parse by hand.
 */
final class PdfStripper {

    static final int MAX_DECODED_MIB = 32;
    private static final long MAX_CACHE = 64L << 20;
    private static final Set<COSName> MARKUP = Stream.of("Text", "FreeText", "Line", "Square", "Circle", "Polygon",
            "PolyLine", "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "FileAttachment",
            "Sound", "Redact", "Projection").map(COSName::getPDFName).collect(java.util.stream.Collectors.toSet());
    private static final ThreadLocal<long[]> BUDGET = new ThreadLocal<>();
    private static final boolean BOUNDED = boundFilters();

    private PdfStripper() {
    }

    static Optional<byte[]> strip(byte[] pdf) {
        if (!BOUNDED) {
            return Optional.empty();
        }
        long[] budget = {(long) MAX_DECODED_MIB << 20};
        BUDGET.set(budget);
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_CACHE).streamCache)) {
            if (doc.isEncrypted()) {
                throw new MetadataStripper.Encrypted();
            }
            if (!doc.getSignatureDictionaries().isEmpty()) {
                return budget[0] < 0 ? Optional.empty() : Optional.of(pdf);
            }
            COSDictionary trailer = doc.getDocument().getTrailer();
            trailer.removeItem(COSName.INFO);
            if (!cleanAll(trailer)) {
                return Optional.empty();
            }
            COSBase id = trailer.getDictionaryObject(COSName.ID);
            if (!(id instanceof COSArray ids) || ids.size() != 2) {
                byte[] hash = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(pdf), 16);
                COSArray fresh = new COSArray();
                fresh.add(new COSString(hash));
                fresh.add(new COSString(hash));
                trailer.setItem(COSName.ID, fresh);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return budget[0] < 0 ? Optional.empty() : Optional.of(out.toByteArray());
        } catch (InvalidPasswordException e) {
            throw new MetadataStripper.Encrypted();
        } catch (MetadataStripper.Encrypted e) {
            throw e;
        } catch (IOException | NoSuchAlgorithmException | RuntimeException | StackOverflowError e) {
            // PDFBox answers a damaged file with IOException or with runtime exceptions of many kinds,
            // and deeply nested arrays with a stack overflow: all mean "could not be read for certain"
            return Optional.empty();
        } finally {
            BUDGET.remove();
        }
    }

    /** Every object the document reaches, cleaned; false if a photo in it cannot be walked. */
    private static boolean cleanAll(COSDictionary trailer) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        while (!todo.isEmpty()) {
            COSBase base = todo.pop();
            if (base instanceof COSObject reference) {
                base = reference.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                if (!clean(dictionary)) {
                    return false;
                }
                dictionary.getValues().forEach(todo::push);
            } else if (base instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
        return true;
    }

    private static boolean clean(COSDictionary d) throws IOException {
        d.removeItem(COSName.METADATA);
        d.removeItem(COSName.PIECE_INFO);
        if (d.containsKey(COSName.T) && MARKUP.contains(d.getCOSName(COSName.SUBTYPE))) {
            d.setString(COSName.T, "");
        }
        if (d instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) && onlyDct(stream)) {
            byte[] raw;
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            Optional<byte[]> clean = MetadataStripper.jpeg(raw);
            if (clean.isEmpty()) {
                return false;
            }
            if (!Arrays.equals(raw, clean.get())) {
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(clean.get());
                }
            }
        }
        return true;
    }

    private static boolean onlyDct(COSStream stream) {
        COSBase filter = stream.getFilters();
        if (filter instanceof COSArray array && array.size() == 1) {
            filter = array.getObject(0);
        }
        return COSName.DCT_DECODE.equals(filter) || COSName.DCT_DECODE_ABBREVIATION.equals(filter);
    }

    /** Wraps each of PDFBox's filters so that decoding on a stripping thread counts against its budget. */
    @SuppressWarnings("unchecked")
    private static boolean boundFilters() {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            filters.replaceAll((name, filter) -> filter instanceof Bounded ? filter : new Bounded(filter));
            return !filters.isEmpty() && FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE) instanceof Bounded;
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** A PDFBox filter whose decoded output is counted against the stripping thread's budget. */
    private static final class Bounded extends Filter {
        private final Filter inner;

        Bounded(Filter inner) {
            this.inner = inner;
        }

        @Override
        public DecodeResult decode(InputStream in, OutputStream out, COSDictionary parameters, int index)
                throws IOException {
            return inner.decode(in, counted(out), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream in, OutputStream out, COSDictionary parameters, int index,
                DecodeOptions options) throws IOException {
            return inner.decode(in, counted(out), parameters, index, options);
        }

        @Override
        protected void encode(InputStream in, OutputStream out, COSDictionary parameters) throws IOException {
            inner.encode(in, out, parameters, 0);
        }

        private static OutputStream counted(OutputStream out) {
            long[] budget = BUDGET.get();
            if (budget == null) {
                return out;
            }
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    take(1);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    take(len);
                    out.write(b, off, len);
                }

                private void take(int n) throws IOException {
                    budget[0] -= n;
                    if (budget[0] < 0) {
                        throw new IOException("more than " + MAX_DECODED_MIB + " MiB decoded");
                    }
                }
            };
        }
    }
}
