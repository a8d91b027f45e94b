package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.minhbach.chassis.outbox.OptionalField;

/** {@code lead.opened} / {@code lead.dismissed}; {@code reason} only for a dismissal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeadDecision(String unitPath, String leadId, String petitionId, @OptionalField String reason) {
}
