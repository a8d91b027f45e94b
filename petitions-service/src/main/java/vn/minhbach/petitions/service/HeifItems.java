package vn.minhbach.petitions.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The metadata items of a HEIC/HEIF photo overwritten with zeros in place (issue 20.1). In HEIF
 * (ISO/IEC 23008-12) the EXIF block, with the GPS position, is not a segment to drop as in JPEG: it is
 * an <em>item</em> of the file-level {@code meta} box, listed in {@code iinf} by an {@code infe} entry of
 * type {@code Exif}, with XMP as an item of type {@code mime} ({@code application/rdf+xml}); where its
 * bytes lie is given by {@code iloc} (ISO/IEC 14496-12, 8.11.3: extents as offsets into the file, or
 * into the {@code meta} box's {@code idat} for construction method 1). The coded image items are placed
 * the same way, by absolute offsets, so nothing may move: the extents of the metadata items keep their
 * place and length and only their bytes become zeros. A reader then finds an EXIF item without a valid
 * TIFF header, that is no EXIF; the pictures are untouched.
 *
 * <p>Blanked are the items of type {@code Exif}, {@code mime} (XMP, or any other metadata document a
 * camera writes: never pixels, which have their own coded item types) and {@code uri } (metadata named
 * by a URI), and the content-typed entries of {@code infe} versions 0 and 1. Anything that cannot be
 * walked for certain is refused (the caller answers 422): a box running past its parent, an
 * {@code iinf} promising more entries than it holds, an {@code infe} or {@code iloc} version this code
 * does not know, field sizes other than 0, 4 or 8 bytes, and, for a metadata item, data in another file
 * ({@code data_reference_index} not 0), construction method 2 (an extent taken from another item), an
 * extent of length 0 (meaning "to the end"), an extent outside the file or the {@code idat}, or one
 * overlapping the {@code meta} box itself.
 */
final class HeifItems {

    private static final Set<String> METADATA_TYPES = Set.of("Exif", "mime", "uri ");
    private static final long MALFORMED = -2;
    private static final long NOT_METADATA = -1;

    private HeifItems() {
    }

    /** Zeros the metadata items' bytes of {@code b} given its file-level {@code meta} box; false if it cannot be walked. */
    static boolean blank(byte[] b, IsoBox meta) {
        int p = meta.payload();
        if (meta.end() - p < 4 || b[p] != 0) { // a full box, version 0 (14496-12, 8.11.1)
            return false;
        }
        IsoBox iinf = null;
        IsoBox iloc = null;
        IsoBox idat = null;
        for (int at = p + 4; at < meta.end(); ) {
            IsoBox child = IsoBox.at(b, at, meta.end());
            if (child == null) {
                return false;
            }
            switch (child.type()) {
                case "iinf" -> {
                    if (iinf != null) {
                        return false;
                    }
                    iinf = child;
                }
                case "iloc" -> {
                    if (iloc != null) {
                        return false;
                    }
                    iloc = child;
                }
                case "idat" -> {
                    if (idat != null) {
                        return false;
                    }
                    idat = child;
                }
                default -> {
                }
            }
            at = child.end();
        }
        if (iinf == null) {
            return true; // no items described, so none of metadata
        }
        Set<Long> items = metadataItems(b, iinf);
        if (items == null) {
            return false;
        }
        if (items.isEmpty() || iloc == null) {
            return true; // nothing to blank, or items without stored data
        }
        List<int[]> ranges;
        try {
            ranges = extents(b, iloc, items, idat, meta);
        } catch (Malformed | ArithmeticException e) {
            return false;
        }
        for (int[] range : ranges) {
            Arrays.fill(b, range[0], range[1], (byte) 0);
        }
        return true;
    }

    /** The IDs of the metadata items listed in {@code iinf} (14496-12, 8.11.6), or null if it cannot be walked. */
    private static Set<Long> metadataItems(byte[] b, IsoBox iinf) {
        int p = iinf.payload();
        int end = iinf.end();
        if (end - p < 6) {
            return null;
        }
        int version = b[p] & 0xFF;
        p += 4;
        long count;
        if (version == 0) {
            count = IsoBox.u16(b, p);
            p += 2;
        } else {
            if (end - p < 4) {
                return null;
            }
            count = IsoBox.u32(b, p);
            p += 4;
        }
        Set<Long> ids = new HashSet<>();
        long entries = 0;
        for (int at = p; at < end; ) {
            IsoBox entry = IsoBox.at(b, at, end);
            if (entry == null) {
                return null;
            }
            if (entry.type().equals("infe")) {
                entries++;
                long id = metadataItem(b, entry);
                if (id == MALFORMED) {
                    return null;
                }
                if (id != NOT_METADATA) {
                    ids.add(id);
                }
            }
            at = entry.end();
        }
        return entries >= count ? ids : null;
    }

    /** One {@code infe}: its item ID if it is a metadata item, {@link #NOT_METADATA}, or {@link #MALFORMED}. */
    private static long metadataItem(byte[] b, IsoBox infe) {
        int p = infe.payload();
        int end = infe.end();
        if (end - p < 8) {
            return MALFORMED;
        }
        int version = b[p] & 0xFF;
        p += 4;
        if (version <= 1) { // item_ID, protection index, then a MIME content type: a document, not a picture
            return IsoBox.u16(b, p);
        }
        if (version > 3) {
            return MALFORMED;
        }
        int idLength = version == 2 ? 2 : 4;
        if (end - p < idLength + 2 + 4) {
            return MALFORMED;
        }
        long id = version == 2 ? IsoBox.u16(b, p) : IsoBox.u32(b, p);
        String type = new String(b, p + idLength + 2, 4, StandardCharsets.ISO_8859_1);
        return METADATA_TYPES.contains(type) ? id : NOT_METADATA;
    }

    /** The byte ranges {@code [from, to)} of the metadata items' extents, from {@code iloc} (14496-12, 8.11.3). */
    private static List<int[]> extents(byte[] b, IsoBox iloc, Set<Long> items, IsoBox idat, IsoBox meta) {
        Cursor in = new Cursor(b, iloc.payload(), iloc.end());
        int version = (int) in.read(1);
        in.read(3); // flags
        if (version > 2) {
            throw new Malformed();
        }
        int sizes = (int) in.read(1);
        int offsetSize = sizes >> 4;
        int lengthSize = sizes & 0x0F;
        int more = (int) in.read(1);
        int baseOffsetSize = more >> 4;
        int indexSize = version >= 1 ? more & 0x0F : 0;
        for (int size : new int[] {offsetSize, lengthSize, baseOffsetSize, indexSize}) {
            if (size != 0 && size != 4 && size != 8) {
                throw new Malformed();
            }
        }
        long count = in.read(version < 2 ? 2 : 4);
        List<int[]> ranges = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long id = in.read(version < 2 ? 2 : 4);
            int constructionMethod = version >= 1 ? (int) (in.read(2) & 0x0F) : 0;
            long dataReference = in.read(2);
            long baseOffset = in.read(baseOffsetSize);
            long extentCount = in.read(2);
            boolean metadata = items.contains(id);
            if (metadata && (dataReference != 0 || constructionMethod > 1 || (constructionMethod == 1 && idat == null))) {
                throw new Malformed();
            }
            for (long e = 0; e < extentCount; e++) {
                in.read(indexSize);
                long offset = in.read(offsetSize);
                long length = in.read(lengthSize);
                if (!metadata) {
                    continue;
                }
                long from = Math.addExact(baseOffset, offset);
                long to = Math.addExact(from, length);
                if (length <= 0 || from < 0) {
                    throw new Malformed();
                }
                if (constructionMethod == 1) { // offsets into the idat box's data
                    if (to > idat.end() - idat.payload()) {
                        throw new Malformed();
                    }
                    from += idat.payload();
                    to += idat.payload();
                } else if (to > b.length || (from < meta.end() && to > meta.start())) {
                    throw new Malformed();
                }
                ranges.add(new int[] {(int) from, (int) to});
            }
        }
        return ranges;
    }

    /** Big-endian unsigned fields of 0 to 8 bytes, never past the end of their box. */
    private static final class Cursor {
        private final byte[] b;
        private final int end;
        private int at;

        Cursor(byte[] b, int at, int end) {
            this.b = b;
            this.at = at;
            this.end = end;
        }

        long read(int bytes) {
            if (end - at < bytes) {
                throw new Malformed();
            }
            long value = 0;
            for (int i = 0; i < bytes; i++) {
                value = (value << 8) | (b[at++] & 0xFF);
            }
            if (value < 0) { // a 64-bit value over 2^63: no file is that long
                throw new Malformed();
            }
            return value;
        }
    }

    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
