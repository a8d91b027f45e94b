package vn.minhbach.chassis.http;

import java.util.List;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * Entity tags for resources that change (RFC 9110 §8.8.3, §13.1.1): the tag is the row's optimistic
 * version, {@code "v<version>"} (a strong tag: the representation changes only with the version). A
 * state-changing request with {@code If-Match} naming another version is refused with 412
 * {@code precondition-failed}, so a client acting on a petition it read earlier cannot overwrite a
 * change it has not seen. Without {@code If-Match} the request goes ahead (the header is optional).
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";
    public static final String ETAG = "ETag";

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * Throws 412 unless one of the {@code If-Match} values (comma-separated lists allowed, {@code *}
     * matching any existing resource) is the current tag. Weak tags ({@code W/"…"}) never match:
     * If-Match uses the strong comparison.
     */
    public static void requireMatch(List<String> ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isEmpty()) {
            return;
        }
        String current = etag(currentVersion);
        for (String header : ifMatch) {
            if (header == null) {
                continue;
            }
            for (String tag : header.split(",")) {
                String t = tag.trim();
                if (t.equals("*") || t.equals(current)) {
                    return;
                }
            }
        }
        throw new ProblemException(412, "precondition-failed", current);
    }
}
