package vn.minhbach.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON over HTTP to the gateway with a user's bearer token, as a real client: retries on 429 (after
 * Retry-After), 502/503/504 and connection failures with exponential backoff; any other error is
 * thrown with the problem document the service returned.
 */
public final class Api {

    public static final class ApiException extends RuntimeException {
        public final int status;
        public final String body;

        ApiException(String method, String path, int status, String body) {
            super(method + " " + path + " -> HTTP " + status + ": " + abbreviate(body));
            this.status = status;
            this.body = body;
        }
    }

    /** How long an uncertain POST's effect is looked for before the POST is sent again. */
    static final Duration UNCERTAIN_WAIT = Duration.ofSeconds(45);

    private final HttpClient http;
    private final String base;
    private final Tokens tokens;
    public final AtomicLong requests = new AtomicLong();
    public final AtomicLong retries = new AtomicLong();

    public Api(HttpClient http, String gatewayUrl, Tokens tokens) {
        this.http = http;
        this.base = gatewayUrl.replaceAll("/$", "");
        this.tokens = tokens;
    }

    public JsonNode get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public JsonNode post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    /**
     * A POST that is not idempotent: when the gateway answers 503 (its upstream timed out, the
     * request may still have been applied) or the connection fails, {@code applied} is asked whether
     * the effect is already there before trying again, so a retry never creates a second record.
     */
    public JsonNode postOnce(String user, String path, Object body, java.util.function.Supplier<JsonNode> applied) {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(user, "POST", path, body);
            } catch (Uncertain e) {
                retries.incrementAndGet();
                // the service may still be working on it after the gateway gave up: look for the effect
                // for a while (the gateway's upstream timeout is 10 s) before sending it again
                long deadline = System.nanoTime() + UNCERTAIN_WAIT.toNanos();
                do {
                    Tokens.sleep(2000);
                    JsonNode found = applied.get();
                    if (found != null) return found;
                } while (System.nanoTime() < deadline);
                if (attempt >= 5) throw new IllegalStateException("POST " + path + " kept failing: " + e.getMessage());
            }
        }
    }

    /** The request may or may not have been applied (503 from the gateway, connection failure). */
    static final class Uncertain extends RuntimeException {
        Uncertain(String message) {
            super(message);
        }
    }

    private JsonNode sendOnce(String user, String method, String path, Object body) {
        String text = raw(user, method, path, body, "application/json", false);
        try {
            return text == null || text.isBlank() ? Scenario.JSON.nullNode() : Scenario.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": not JSON: " + abbreviate(text));
        }
    }

    public JsonNode put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    /** A GET whose answer is text in the given media type (e.g. the report as text/markdown). */
    public String text(String user, String path, String mediaType) {
        return raw(user, "GET", path, null, mediaType, true);
    }

    public JsonNode send(String user, String method, String path, Object body) {
        String text = raw(user, method, path, body, "application/json", true);
        try {
            return text == null || text.isBlank() ? Scenario.JSON.nullNode() : Scenario.JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": not JSON: " + abbreviate(text));
        }
    }

    private String raw(String user, String method, String path, Object body, String accept, boolean retryUncertain) {
        String json;
        try {
            json = body == null ? null : Scenario.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.token(user))
                    .header("Accept", accept)
                    .header("Accept-Language", "vi");
            if (json != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            requests.incrementAndGet();
            HttpResponse<String> res;
            try {
                res = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!retryUncertain) throw new Uncertain(method + " " + path + ": " + e);
                if (attempt >= 8) throw new IllegalStateException(method + " " + path + " failed: " + e, e);
                retries.incrementAndGet();
                Tokens.sleep(backoff);
                backoff = Math.min(backoff * 2, 5000);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            int status = res.statusCode();
            if (!retryUncertain && (status == 502 || status == 503 || status == 504)) {
                throw new Uncertain(method + " " + path + " -> HTTP " + status);
            }
            if ((status == 429 || status == 502 || status == 503 || status == 504) && attempt < 10) {
                retries.incrementAndGet();
                long wait = res.headers().firstValue("Retry-After").map(Api::seconds).orElse(backoff);
                Tokens.sleep(Math.max(wait, backoff));
                backoff = Math.min(backoff * 2, 5000);
                continue;
            }
            if (status == 401 && attempt < 3) {
                // a token that expired in flight: the next call refreshes it
                retries.incrementAndGet();
                continue;
            }
            if (status >= 400) throw new ApiException(method, path, status, res.body());
            return res.body();
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.trim()) * 1000;
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
