package vn.minhbach.chassis.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.minhbach.chassis.failure.TransientFailures;

/**
 * Turns every failure of a REST call into an RFC 9457 problem document in the caller's language.
 * Never a stack trace or class name in the body: unexpected failures are logged under an error id
 * that the 500 document carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Problem p = Problems.problem(e.status(), e.key(), locale(headers), path(uri), e.args());
        if (e.field() != null) {
            p = Problems.withErrors(p, List.of(new Problem.FieldError(e.field(), p.detail())));
        }
        Response response = Problems.response(p);
        if (e.headers().isEmpty()) {
            return response;
        }
        Response.ResponseBuilder builder = Response.fromResponse(response);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (returnValue) {
            return unexpected(e, headers, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        Locale locale = locale(headers);
        Problem p = Problems.problem(400, "validation", locale, path(uri), errors.size());
        return Problems.response(Problems.withErrors(p, errors));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response instantiation(ValueInstantiationException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response processing(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    /** A parameter whose text cannot be converted, e.g. {@code ?overdue=yes}: names the parameter. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String message = ProblemMessages.text(e.messageKey(), locale, e.args());
        return "invalid-enum".equals(e.type())
                ? fieldProblem("invalid-enum", locale, uri, e.parameter(), message, e.parameter(), e.args()[1])
                : fieldProblem("invalid-value", locale, uri, e.parameter(), message, e.parameter());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        return simple(404, "not-found", headers, uri, path(uri));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Response r = simple(405, "method-not-allowed", headers, uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        String type = headers.getMediaType() == null ? "?" : headers.getMediaType().toString();
        return simple(415, "unsupported-media-type", headers, uri, type);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return simple(406, "not-acceptable", headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return simple(403, "forbidden", headers, uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return simple(409, "stale-version", headers, uri);
    }

    /** Other JAX-RS exceptions keep their status; 5xx ones are logged like unexpected failures. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        if (e.getCause() instanceof ConstraintViolationException v) {
            return validation(v, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        return switch (status) {
            // Quarkus REST reports an unreadable body as a bare 400
            case 400 -> simple(400, isBodyRequest(headers) ? "malformed-json" : "bad-request", headers, uri);
            case 401 -> unauthorized(headers, uri);
            case 403 -> simple(403, "forbidden", headers, uri);
            case 404 -> simple(404, "not-found", headers, uri, path(uri));
            case 405 -> simple(405, "method-not-allowed", headers, uri);
            case 406 -> simple(406, "not-acceptable", headers, uri);
            case 413 -> simple(413, "payload-too-large", headers, uri);
            case 415 -> simple(415, "unsupported-media-type", headers, uri, String.valueOf(headers.getMediaType()));
            default -> simple(status, "http-" + status, headers, uri);
        };
    }

    /** Last resort. Looks through the causes for a failure the client can act on first. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof io.vertx.core.http.HttpClosedException) {
                // The client went away while its request was read (a mobile app losing its network, a
                // load generator stopping): nobody reads the answer, and it is not the service's fault,
                // so no error-level entry with an error id (which would page an operator).
                LOG.debugf("Client closed the connection on %s", path(uri));
                return simple(400, "bad-request", headers, uri);
            }
            if (c instanceof ProblemException p) {
                return problem(p, headers, uri);
            }
            if (c instanceof OptimisticLockException || isHibernateStaleState(c)) {
                return simple(409, "stale-version", headers, uri);
            }
            if (c instanceof ConstraintViolationException v) {
                return validation(v, headers, uri);
            }
            if (c instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return simple(409, "duplicate", headers, uri);
            }
            // SQLState class 22 (data exception): a value the database cannot hold, e.g. a NUL
            // character in text (22021) or a number out of range. The client sent it: 400, not 500.
            if (c instanceof java.sql.SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("22")) {
                return simple(400, "unstorable-value", headers, uri);
            }
        }
        if (TransientFailures.isTransient(e)) {
            // The database is down or saturated: the request may succeed later, and says so.
            LOG.warnf("Service unavailable on %s: %s", path(uri), e.toString());
            return Response.fromResponse(simple(503, "service-unavailable", headers, uri))
                    .header("Retry-After", "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, path(uri));
        Problem p = Problems.problem(500, "internal-error", locale(headers), path(uri), errorId);
        return Problems.response(Problems.withErrorId(p, errorId));
    }

    private Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        if (unreadable(e)) {
            // Bytes that are not JSON (or not UTF-8) met while reading a field's value: Jackson wraps
            // the parse error with the field's path, but no value of any type could be right here.
            return simple(400, "malformed-json", headers, uri);
        }
        if (e instanceof JsonMappingException m && !(e instanceof JsonParseException)) {
            String field = jsonPath(m.getPath());
            if (m instanceof UnrecognizedPropertyException u) {
                String name = field.isEmpty() ? String.valueOf(u.getPropertyName()) : field;
                return fieldProblem("unknown-field", locale, uri, name, ProblemMessages.text("unknown-field.field", locale));
            }
            if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
                String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return fieldProblem("invalid-enum", locale, uri, field,
                        ProblemMessages.text("invalid-enum.field", locale, String.valueOf(f.getValue()), allowed),
                        field, allowed);
            }
            if (!field.isEmpty()) {
                return fieldProblem("invalid-value", locale, uri, field,
                        ProblemMessages.text("invalid-value.field", locale), field);
            }
        }
        return simple(400, "malformed-json", headers, uri);
    }

    private static boolean unreadable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // not StreamReadException: its InputCoercionException is a number out of range, a wrong value
            if (c instanceof JsonParseException || c instanceof CharConversionException) {
                return true;
            }
        }
        return false;
    }

    private Response fieldProblem(String key, Locale locale, UriInfo uri, String field, String message, Object... args) {
        Problem p = Problems.problem(400, key, locale, path(uri), args.length == 0 ? new Object[] {field} : args);
        return Problems.response(Problems.withErrors(p, List.of(new Problem.FieldError(field, message))));
    }

    private Response unauthorized(HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(simple(401, "unauthorized", headers, uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response simple(int status, String key, HttpHeaders headers, UriInfo uri, Object... args) {
        return Problems.response(Problems.problem(status, key, locale(headers), path(uri), args));
    }

    /**
     * Hibernate's {@code org.hibernate.StaleStateException} (a row changed or deleted since it was read), told
     * by name so that this module needs only the Jakarta Persistence API: through the JPA API Hibernate
     * raises an {@link OptimisticLockException} carrying it, but its own API may throw it bare.
     */
    private static boolean isHibernateStaleState(Throwable e) {
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBodyRequest(HttpHeaders headers) {
        var type = headers == null ? null : headers.getMediaType();
        return type != null && type.getSubtype() != null && type.getSubtype().endsWith("json");
    }

    static Locale locale(HttpHeaders headers) {
        return ProblemMessages.locale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code petitioners[0].name} from Jackson's reference chain. */
    static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (var ref : references) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as the client sent it: {@code create.arg0.petitioners[0].name} becomes
     * {@code petitioners[0].name}; a violated query or path parameter keeps its parameter name.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null || node.getKey() != null) {
                        appendIndex(parts, node);
                    }
                }
                default -> {
                    if (node.isInIterable()) {
                        appendIndex(parts, node);
                    }
                    if (node.getName() != null) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", parts);
    }

    private static void appendIndex(List<String> parts, Path.Node node) {
        String index = node.getIndex() != null ? "[" + node.getIndex() + "]"
                : node.getKey() != null ? "[" + node.getKey() + "]" : "";
        if (parts.isEmpty()) {
            parts.add(index);
        } else {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
        }
    }
}
