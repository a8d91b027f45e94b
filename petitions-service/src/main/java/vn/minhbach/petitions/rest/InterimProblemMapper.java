package vn.minhbach.petitions.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.minhbach.chassis.problem.ProblemException;

/** TEMPORARY until the chassis problem mappers are merged: renders ProblemException as problem+json. */
public class InterimProblemMapper {

    @ServerExceptionMapper
    public Response map(ProblemException e, HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream().filter(l -> l.getLanguage().equals("en"))
                .findFirst().map(l -> Locale.ENGLISH).orElse(Locale.forLanguageTag("vi"));
        String base = locale.getLanguage().equals("en") ? "messages/problems_en" : "messages/problems_vi";
        ResourceBundle bundle = ResourceBundle.getBundle(base.replace('/', '.'));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", bundle.containsKey(e.key()) ? bundle.getString(e.key()) : e.key());
        body.put("status", e.status());
        String dk = e.key() + ".detail";
        if (bundle.containsKey(dk)) {
            body.put("detail", new MessageFormat(bundle.getString(dk), locale).format(e.args()));
        }
        body.put("key", e.key());
        return Response.status(e.status()).type("application/problem+json").entity(body).build();
    }
}
