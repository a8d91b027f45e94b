package vn.minhbach.chassis.problem;

/**
 * A failure the client can act on. Rendered as an RFC 9457 problem document whose title and detail
 * come from the {@code problems} message bundles ({@code messages/problems_vi.properties} and
 * {@code _en}) under {@code key} (title) and {@code key.detail} (detail, formatted with {@code args}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
    private String field;

    public ProblemException(int status, String key, Object... args) {
        super(key);
        this.status = status;
        this.key = key;
        this.args = args;
    }

    public static ProblemException badRequest(String key, Object... args) {
        return new ProblemException(400, key, args);
    }

    public static ProblemException forbidden(String key, Object... args) {
        return new ProblemException(403, key, args);
    }

    /** Also used for resources outside the caller's unit, so their existence is not revealed. */
    public static ProblemException notFound(String key, Object... args) {
        return new ProblemException(404, key, args);
    }

    /** An invalid state transition or a stale version. */
    public static ProblemException conflict(String key, Object... args) {
        return new ProblemException(409, key, args);
    }

    /** Well-formed input that breaks a business rule. */
    public static ProblemException unprocessable(String key, Object... args) {
        return new ProblemException(422, key, args);
    }

    /**
     * Not authenticated recently enough for this operation: 401 with the step-up challenge of
     * RFC 9470 ({@code error="insufficient_user_authentication"}, {@code max_age} in seconds), so a
     * client knows to send the user through a fresh login and retry.
     */
    public static ProblemException stepUp(String key, long maxAgeSeconds, Object... args) {
        return new ProblemException(401, key, args).withHeader("WWW-Authenticate",
                "Bearer error=\"insufficient_user_authentication\", error_description=\"A more recent authentication is required\", max_age="
                        + maxAgeSeconds);
    }

    /** An extra response header of the problem answer (e.g. {@code WWW-Authenticate}). */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    /** The request field the problem is about: the document then lists it in {@code errors}. */
    public ProblemException withField(String name) {
        this.field = name;
        return this;
    }

    /** The request field named by {@link #withField}, or null. */
    public String field() {
        return field;
    }
}
