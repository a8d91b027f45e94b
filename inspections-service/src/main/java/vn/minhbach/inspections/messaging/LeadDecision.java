package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code lead.opened} / {@code lead.dismissed}; {@code reason} only for a dismissal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LeadDecision(String unitPath, String leadId, String petitionId, String reason) {
}
