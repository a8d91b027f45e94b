package vn.minhbach.chassis.input;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through unchanged and fails as soon as they stop being well-formed UTF-8 (RFC 3629,
 * Unicode table 3-7): no stray continuation bytes, no overlong forms such as {@code C0 AF} for
 * {@code /}, no surrogates, nothing above U+10FFFF, no sequence cut off at the end. Jackson's own
 * decoder checks continuation bytes but accepts overlong forms and surrogates, so a client could
 * smuggle a {@code /} or a NUL past text checks; this closes that for every JSON body.
 *
 * <p>The failure is a {@link JsonParseException}, exactly what Jackson throws for the malformed
 * sequences it detects itself, so the request ends as the same 400 {@code malformed-json} problem.
 */
final class Utf8ValidatingInputStream extends FilterInputStream {

    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** Range allowed for the next continuation byte (narrower right after some lead bytes). */
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;

    Utf8ValidatingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            atEnd();
            return n;
        }
        for (int i = off; i < off + n; i++) {
            check(buffer[i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would let bytes through unchecked; read them instead
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would replay bytes the validator has already counted
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void check(int b) throws JsonParseException {
        if (pending > 0) {
            if (b < low || b > high) {
                fail(b);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b == 0xE0) {
                pending = 2;
                low = 0xA0; // E0 80..9F would be an overlong form
            } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
                pending = 2;
            } else if (b == 0xED) {
                pending = 2;
                high = 0x9F; // ED A0..BF would encode a surrogate
            } else if (b == 0xF0) {
                pending = 3;
                low = 0x90; // F0 80..8F would be an overlong form
            } else if (b >= 0xF1 && b <= 0xF3) {
                pending = 3;
            } else if (b == 0xF4) {
                pending = 3;
                high = 0x8F; // above U+10FFFF otherwise
            } else {
                fail(b); // 80..BF without a lead byte, C0/C1 (overlong), F5..FF
            }
        }
        offset++;
    }

    private void atEnd() throws JsonParseException {
        if (pending > 0) {
            pending = 0;
            throw new JsonParseException(null, "Invalid UTF-8: the body ends inside a multi-byte sequence");
        }
    }

    private void fail(int b) throws JsonParseException {
        pending = 0;
        low = 0x80;
        high = 0xBF;
        throw new JsonParseException(null, String.format("Invalid UTF-8 byte 0x%02X at offset %d", b, offset));
    }
}
