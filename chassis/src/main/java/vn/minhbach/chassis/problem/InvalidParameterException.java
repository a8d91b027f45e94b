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

    public InvalidParameterException(String parameter, String messageKey) {
        super("invalid parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }
}
