package vn.minhbach.inspections.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * Stand-in until the chassis problem mappers land on this branch (then this class is deleted):
 * renders {@link ProblemException} as application/problem+json from the problems bundles. Lowest
 * priority so the chassis mapper wins as soon as it exists.
 */
@Provider
@Priority(Integer.MAX_VALUE)
public class InterimProblemMapper implements ExceptionMapper<ProblemException> {

    @Inject
    HttpHeaders headers;

    @Override
    public Response toResponse(ProblemException e) {
        boolean english = headers.getAcceptableLanguages().stream().findFirst()
                .map(l -> l.getLanguage().equals("en")).orElse(false);
        ResourceBundle bundle = ResourceBundle.getBundle("messages/problems", english ? Locale.ENGLISH : new Locale("vi"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:minhbach:problem:" + e.key());
        body.put("title", text(bundle, e.key(), e.key()));
        body.put("status", e.status());
        body.put("detail", MessageFormat.format(text(bundle, e.key() + ".detail", e.key()), e.args()));
        return Response.status(e.status()).type("application/problem+json").entity(body).build();
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException ex) {
            return fallback;
        }
    }
}
