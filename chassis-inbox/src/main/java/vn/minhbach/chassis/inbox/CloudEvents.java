package vn.minhbach.chassis.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.minhbach.chassis.outbox.CloudEvent;

/** Reads a structured-mode CloudEvent from a Kafka record value, refusing what is not one. */
@ApplicationScoped
public class CloudEvents {

    private final ObjectMapper mapper;

    CloudEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws MalformedEventException when the value is not a CloudEvents 1.0 JSON document */
    public CloudEvent parse(String value) {
        CloudEvent event;
        try {
            event = mapper.readValue(value, CloudEvent.class);
        } catch (Exception e) {
            throw new MalformedEventException("not a CloudEvents JSON document: " + e.getClass().getSimpleName());
        }
        if (event == null || !CloudEvent.SPEC_VERSION.equals(event.specversion()) || blank(event.id())
                || blank(event.type()) || blank(event.source())) {
            throw new MalformedEventException("missing specversion 1.0, id, type or source");
        }
        return event;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An event that can never be processed; it goes to the dead-letter topic. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
