package vn.minhbach.petitions.service;

import java.nio.charset.StandardCharsets;

/**
 * Where one box of an ISO base media file lies (ISO/IEC 14496-12, 4.2): its type, its first byte, the
 * first byte of its payload (after the 32-bit size, the type and a 64-bit size if there is one) and the
 * byte after its end. Used by {@link MetadataStripper} for MP4 and by {@link HeifItems} for HEIC/HEIF.
 */
record IsoBox(String type, int start, int payload, int end) {

    /** The box starting at {@code at} inside {@code [at, end)}, or null if its header or its size does not fit. */
    static IsoBox at(byte[] b, int at, int end) {
        if (end - at < 8) {
            return null;
        }
        long size = u32(b, at);
        int header = 8;
        if (size == 1) { // 64-bit size after the type
            if (end - at < 16) {
                return null;
            }
            size = 0;
            for (int i = 8; i < 16; i++) {
                size = (size << 8) | (b[at + i] & 0xFF);
            }
            header = 16;
        } else if (size == 0) { // to the end of the enclosing box (or file)
            size = end - at;
        }
        if (size < header || size > end - at) { // a negative 64-bit size is caught here too
            return null;
        }
        return new IsoBox(new String(b, at + 4, 4, StandardCharsets.ISO_8859_1), at, at + header, at + (int) size);
    }

    static long u32(byte[] b, int at) {
        return ((b[at] & 0xFFL) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
