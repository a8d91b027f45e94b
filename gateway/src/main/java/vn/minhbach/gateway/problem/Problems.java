package vn.minhbach.gateway.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import vn.minhbach.chassis.problem.Problem;
import vn.minhbach.chassis.problem.ProblemMessages;

/**
 * The gateway's problem documents, written on the Vert.x event loop (refusals at the edge, proxy
 * failures). They come from the shared {@code problems} module, as the services' do: the same
 * {@link Problem} shape, the same {@code type} for the same condition ({@code unauthorized},
 * {@code forbidden}, {@code not-found}, {@code payload-too-large}, {@code invalid-value},
 * {@code service-unavailable}, {@code rate-limited}), the same {@code Accept-Language} negotiation
 * ({@link ProblemMessages#locale}) and the same message lookup: the gateway's own
 * {@code messages/problems_<lang>.properties} first (its {@code gateway.*} keys, and details that name
 * what only the gateway knows), then the shared bundle.
 */
public final class Problems {

    public static final String CONTENT_TYPE = Problem.MEDIA_TYPE;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** The problem document for {@code key}, in the language the request asks for. */
    public static JsonObject document(HttpServerRequest request, int status, String key, Object... args) {
        return document(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), request.path(), status, key, args);
    }

    public static JsonObject document(String acceptLanguage, String instance, int status, String key, Object... args) {
        Problem problem = vn.minhbach.chassis.problem.Problems.problem(status, key,
                ProblemMessages.locale(acceptLanguage), instance, args);
        try {
            return new JsonObject(Buffer.buffer(JSON.writeValueAsBytes(problem)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
}
