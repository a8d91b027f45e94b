package vn.minhbach.chassis.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event record the producer does not always set. The published JSON Schema of
 * the event ({@code docs/events/schemas/<type>.schema.json}, test-support's {@code EventContract}) makes
 * every other component required and non-null; a component marked here is left out of {@code required}
 * when the record (or the component) is {@code @JsonInclude(NON_NULL)}, and may be {@code null} otherwise.
 * A component annotated {@code @JsonInclude(NON_NULL)} itself counts as optional without this marker.
 * Adding an optional component is the only change to an event that does not break its consumers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface OptionalField {
}
