package vn.minhbach.gateway.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The gateway's own RFC 9457 problem documents ({@code application/problem+json}), Vietnamese by
 * default and English with {@code Accept-Language: en}, with the same shape as the services' problems.
 *
 * <p>The gateway does not use the chassis' problem mapper: the chassis brings Hibernate, a datasource
 * and Kafka, none of which the gateway has, and the gateway's problems are written on the Vert.x
 * event loop (proxy failures, 401/403/429 at the edge) rather than by a JAX-RS exception mapper.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://minhbach.vn/problems/";
    private static final Properties VI = load("messages/problems_vi.properties");
    private static final Properties EN = load("messages/problems_en.properties");

    private Problems() {
    }

    /** The problem document for {@code key}, in the language the request asks for. */
    public static JsonObject document(HttpServerRequest request, int status, String key, Object... args) {
        return document(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.path(), status, key, args);
    }

    public static JsonObject document(String acceptLanguage, String instance, int status, String key, Object... args) {
        Properties messages = english(acceptLanguage) ? EN : VI;
        String title = messages.getProperty(key, key);
        String detail = messages.getProperty(key + ".detail");
        JsonObject problem = new JsonObject()
                .put("type", TYPE_BASE + key)
                .put("title", title)
                .put("status", status);
        if (detail != null) {
            problem.put("detail", new MessageFormat(detail, english(acceptLanguage) ? Locale.ENGLISH : Locale.forLanguageTag("vi"))
                    .format(args));
        }
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    /** Ends the exchange with the problem, unless a response has already started. */
    public static void send(HttpServerRequest request, int status, String key, Object... args) {
        var response = request.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .end(document(request, status, key, args).toBuffer());
    }

    /** {@code Accept-Language} asks for English before Vietnamese (a plain prefix test is enough here). */
    static boolean english(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        String first = acceptLanguage.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("en");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Problems.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
