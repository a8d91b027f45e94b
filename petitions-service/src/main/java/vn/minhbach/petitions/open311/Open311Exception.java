package vn.minhbach.petitions.open311;

import java.util.List;

/**
 * A refusal in the GeoReport v2 error format: the answer is a JSON array of {@code {code, description}}
 * (the spec's own error format, not an RFC 9457 problem), with HTTP 400, 403 or 404.
 */
public class Open311Exception extends RuntimeException {

    private final int status;
    private final transient List<Open311Views.Error> errors;

    public Open311Exception(int status, List<Open311Views.Error> errors) {
        super("open311 " + status);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static Open311Exception of(int status, String description) {
        return new Open311Exception(status, List.of(new Open311Views.Error(status, description)));
    }

    public int status() {
        return status;
    }

    public List<Open311Views.Error> errors() {
        return errors;
    }
}
