package vn.minhbach.gateway.edge;

import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Correlation headers: {@code X-Request-Id} (kept when the client sent a sane one, else generated;
 * passed to the service and returned) and W3C {@code traceparent} (passed on unchanged; started here
 * when the client sent none, so the services' logs of one call share a trace id). Answers to
 * requests with credentials get {@code Cache-Control: no-store} unless the upstream set a policy.
 */
public final class RequestIds {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    /** Refuse ids that could inject into logs or headers; anything else is the client's business. */
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");
    private static final Pattern TRACEPARENT_FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private RequestIds() {
    }

    public static void handle(RoutingContext rc) {
        var headers = rc.request().headers();
        String id = headers.get(REQUEST_ID);
        if (id == null || !SANE_ID.matcher(id).matches()) {
            id = randomHex(16);
            headers.set(REQUEST_ID, id);
        }
        String traceparent = headers.get(TRACEPARENT);
        if (traceparent == null || !TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
            headers.set(TRACEPARENT, "00-" + randomHex(16) + "-" + randomHex(8) + "-01");
        }
        String requestId = id;
        boolean credentials = headers.contains("Authorization");
        // Set last, so an upstream echoing the header does not produce a duplicate. An answer to a
        // request with credentials is no-store unless the service set its own policy (as every
        // service does through the chassis: NoStoreWhenAuthenticated); this covers the gateway's
        // own answers (overview, its 401/403/429/503 problems).
        rc.addHeadersEndHandler(v -> {
            var out = rc.response().headers();
            out.set(REQUEST_ID, requestId);
            if (credentials && !out.contains("Cache-Control")) {
                out.set("Cache-Control", "no-store");
            }
        });
        rc.put(REQUEST_ID, requestId);
        rc.next();
    }

    private static String randomHex(int bytes) {
        var random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            int b = random.nextInt(256);
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
