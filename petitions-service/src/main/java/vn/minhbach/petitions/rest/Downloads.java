package vn.minhbach.petitions.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * A stored file as an HTTP answer (issue 20): {@code Content-Disposition} with the name in
 * {@code filename*} (RFC 6266 / RFC 8187) and an ASCII fallback, a strong {@code ETag} (the SHA-256 of
 * the bytes), {@code If-None-Match} → 304, and one byte range (RFC 9110 §14): {@code Range: bytes=a-b},
 * {@code a-} or {@code -n} → 206 with {@code Content-Range}; a range that starts past the end → 416
 * with {@code Content-Range: bytes *}{@code /size}; {@code If-Range} with another validator, a
 * malformed range or several ranges → the whole file (200), as RFC 9110 allows. RESTEasy Reactive
 * handles ranges only for files on disk, not for bytes from the database, hence this.
 */
final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    static Response answer(byte[] content, String type, String name, String sha256, HttpHeaders headers) {
        String etag = "\"" + sha256 + "\"";
        long size = content.length;
        if (matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header("Cache-Control", "private, no-cache")
                    .build();
        }
        String range = headers.getHeaderString("Range");
        String ifRange = headers.getHeaderString("If-Range");
        long[] span = range == null || (ifRange != null && !ifRange.trim().equals(etag)) ? null : parse(range, size);
        Response.ResponseBuilder answer;
        if (span == null) {
            answer = Response.ok(content, type);
        } else {
            answer = Response.status(206).entity(Arrays.copyOfRange(content, (int) span[0], (int) span[1] + 1)).type(type)
                    .header("Content-Range", "bytes " + span[0] + "-" + span[1] + "/" + size);
        }
        return answer.header(HttpHeaders.ETAG, etag)
                .header("Accept-Ranges", "bytes")
                .header("Cache-Control", "private, no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", sha256)
                .header("Content-Disposition", contentDisposition(name))
                .build();
    }

    /** {@code If-None-Match}: {@code *} or a list of entity tags, compared weakly (RFC 9110 §13.1.2). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The first and last byte of one satisfiable range; null to send the whole file; 416 if unsatisfiable. */
    static long[] parse(String header, long size) {
        String value = header.trim();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.indexOf(',') >= 0) {
            return null;
        }
        String spec = value.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = spec.substring(0, dash).trim();
        String last = spec.substring(dash + 1).trim();
        try {
            if (first.isEmpty()) {
                if (last.isEmpty()) {
                    return null;
                }
                long suffix = Long.parseLong(last);
                if (suffix < 0) {
                    return null;
                }
                if (suffix == 0 || size == 0) {
                    throw unsatisfiable(size);
                }
                return new long[] {Math.max(0, size - suffix), size - 1};
            }
            long from = Long.parseLong(first);
            long to = last.isEmpty() ? size - 1 : Long.parseLong(last);
            if (from < 0 || to < from) {
                return null;
            }
            if (from >= size) {
                throw unsatisfiable(size);
            }
            return new long[] {from, Math.min(to, size - 1)};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ProblemException unsatisfiable(long size) {
        return new ProblemException(416, "attachment.range-not-satisfiable", size)
                .withHeader("Content-Range", "bytes */" + size);
    }

    /** {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 8187). */
    static String contentDisposition(String name) {
        String fallback = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder ascii = new StringBuilder();
        for (char c : fallback.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
