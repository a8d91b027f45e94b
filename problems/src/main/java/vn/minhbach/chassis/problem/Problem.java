package vn.minhbach.chassis.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, served as {@code application/problem+json}.
 *
 * @param type     {@code https://minhbach.vn/problems/<key>}: stable, for programs to branch on
 * @param title    short summary in the caller's language (Vietnamese unless {@code Accept-Language: en})
 * @param detail   this occurrence, in the caller's language
 * @param instance the request path
 * @param errors   per-field errors of a validation problem
 * @param errorId  for a 500, the id under which the failure was logged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://minhbach.vn/problems/";

    /** One invalid field, named as the client sent it ({@code petitioners[0].name}). */
    public record FieldError(String field, String message) {
    }
}
