package vn.minhbach.petitions.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an integration client reads back of its own submissions (issue 19.1): status, history steps,
 * due dates, outcome, the receiving agency of a transfer. No petitioner, no content or notes (which may
 * name people), no official's name, no internal flags (corruption signs, register).
 */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    @Schema(name = "SubmissionStep", description = "One step of the petition's history")
    public record SubmissionStep(String action, String from, String to, LocalDate effectiveDate,
            String documentReference) {
    }

    @Schema(name = "SubmissionView", description = "A petition as the integration client that submitted it sees it")
    public record SubmissionView(UUID id, String number, String externalReference, String unitPath,
            LocalDate receivedDate, String channel, String kind, String status, int instance, List<String> domains,
            String subject, LocalDate acceptanceDueDate, LocalDate acceptedDate, LocalDate resolutionDueDate,
            int extensionsUsed, String nextDeadline, LocalDate nextDueDate, boolean overdue, String outcome,
            Boolean onTime, LocalDate resolvedDate,
            @Schema(description = "The agency the petition was transferred to (status TRANSFERRED)") String transferredTo,
            List<SubmissionStep> history) {
    }

    @Schema(name = "SubmissionSummary", description = "A list row of the integration client's own submissions")
    public record SubmissionSummary(UUID id, String number, String externalReference, String unitPath,
            LocalDate receivedDate, String kind, String status, String nextDeadline, LocalDate nextDueDate,
            boolean overdue, String outcome, LocalDate resolvedDate) {
    }
}
