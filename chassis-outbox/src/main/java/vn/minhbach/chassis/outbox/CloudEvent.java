package vn.minhbach.chassis.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels on the services' topics.
 * {@code subject} is the aggregate id; it is also the Kafka key, so one aggregate's events keep their order.
 * {@code traceparent} is the Distributed Tracing extension attribute ({@link TraceContext}); absent when
 * the event was written outside any trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    /** Kafka {@code content-type} header of a structured-mode event. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    /** An event without trace context (tests, fixtures, events of other producers). */
    public CloudEvent(String specversion, String id, String source, String type, String subject, OffsetDateTime time,
            String datacontenttype, JsonNode data) {
        this(specversion, id, source, type, subject, time, datacontenttype, data, null);
    }
}
