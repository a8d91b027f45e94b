package vn.minhbach.chassis.outbox;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/, version 00) carried through the events
 * (issue 21.7), so one trace follows a petition from the gateway to the report: the gateway starts or
 * passes on {@code traceparent}; a service writing an event records the trace of the request or of
 * the event it is handling in the outbox row; the relay sends it as the CloudEvents Distributed Tracing
 * extension attribute {@code traceparent}; the {@code Inbox} makes the consumed event's trace the
 * current one while its effect runs, so the events that effect writes continue the same trace.
 *
 * <p>Each hop keeps the trace id and takes a new parent id (its own 8 random bytes), as a span would;
 * the flags are kept. Logs carry {@code traceId} in the MDC while an event is handled.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";
    public static final String MDC_KEY = "traceId";
    private static final Pattern FORMAT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceContext() {
    }

    /** {@code value} if it is a valid version-00 traceparent (not all-zero ids), else null. */
    public static String valid(String value) {
        if (value == null) {
            return null;
        }
        var m = FORMAT.matcher(value.trim());
        if (!m.matches() || m.group(1).equals(ZERO_TRACE) || m.group(2).equals(ZERO_PARENT)) {
            return null;
        }
        return value.trim();
    }

    /** The same trace, a new parent id (the next hop). */
    public static String child(String parent) {
        var m = FORMAT.matcher(parent);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a traceparent: " + parent);
        }
        byte[] id = new byte[8];
        do {
            RANDOM.nextBytes(id);
        } while (HexFormat.of().formatHex(id).equals(ZERO_PARENT));
        return "00-" + m.group(1) + "-" + HexFormat.of().formatHex(id) + "-" + m.group(3);
    }

    /** The trace id of a traceparent. */
    public static String traceId(String traceparent) {
        return traceparent.substring(3, 35);
    }

    /**
     * The trace this thread works in: the event being handled, else the HTTP request's
     * {@code traceparent} header, else null (a scheduled job: the event starts no trace).
     */
    public static String current() {
        String handling = CURRENT.get();
        if (handling != null) {
            return handling;
        }
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<CurrentVertxRequest> request = container.instance(CurrentVertxRequest.class)) {
            RoutingContext rc = request.isAvailable() ? request.get().getCurrent() : null;
            return rc == null ? null : valid(rc.request().getHeader(HEADER));
        }
    }

    /** Runs {@code work} with {@code traceparent} (when valid) as the current trace, in the MDC too. */
    public static <T> T within(String traceparent, Supplier<T> work) {
        String valid = valid(traceparent);
        if (valid == null) {
            return work.get();
        }
        String before = CURRENT.get();
        CURRENT.set(valid);
        MDC.put(MDC_KEY, traceId(valid));
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
                MDC.remove(MDC_KEY);
            } else {
                CURRENT.set(before);
                MDC.put(MDC_KEY, traceId(before));
            }
        }
    }
}
