package vn.minhbach.chassis.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A request parameter whose text cannot be converted (e.g. {@code ?overdue=yes} for a boolean).
 * Answered as a 400 {@code invalid-value} problem whose {@code errors[0]} names the parameter with the
 * message under {@code messageKey}. It is a {@link jakarta.ws.rs.WebApplicationException} so that
 * Quarkus REST passes it on as is instead of turning a query parameter's conversion failure into a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String messageKey;
    private final String type;
    private final transient Object[] args;

    public InvalidParameterException(String parameter, String messageKey) {
        this(parameter, "invalid-value", messageKey);
    }

    private InvalidParameterException(String parameter, String type, String messageKey, Object... args) {
        super("invalid parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.type = type;
        this.args = args;
    }

    /** A value outside an enumeration: an {@code invalid-enum} problem listing the allowed values. */
    public static InvalidParameterException notOneOf(String parameter, String value, String allowed) {
        return new InvalidParameterException(parameter, "invalid-enum", "invalid-enum.field", value, allowed);
    }

    /** The problem type: {@code invalid-value} or {@code invalid-enum}. */
    public String type() {
        return type;
    }

    public Object[] args() {
        return args;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }
}
