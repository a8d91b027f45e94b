package vn.minhbach.petitions.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of the events on {@code minhbach.petitions.v1} (docs/contracts.md, docs/events/petitions.md).
 * None of them carries a petitioner's or denouncer's identity: only ids, codes and business dates.
 */
public final class PetitionEvents {

    public static final String AGGREGATE = "petition";
    public static final String RECEIVED = "petition.received";
    public static final String ACCEPTED = "petition.accepted";
    public static final String TRANSFERRED = "petition.transferred";
    public static final String RESOLVED = "petition.resolved";
    public static final String STATUS_CHANGED = "petition.status-changed";
    /** An open petition of a retired unit handed to its successor ({@code unit.succession}). */
    public static final String REASSIGNED = "petition.reassigned";
    public static final String DEADLINE_APPROACHING = "petition.deadline-approaching";
    public static final String OVERDUE = "petition.overdue";
    public static final String DEADLINE_CHANGED = "petition.deadline-changed";
    public static final String CORRUPTION_SIGNS_FLAGGED = "petition.corruption-signs-flagged";
    public static final String REGISTER_UPDATED = "petition.register-updated";
    /** A citizen (own account) or an anonymous denouncer (receipt code) added information; no status change. */
    public static final String INFORMATION_ADDED = "petition.information-added";
    public static final String VISIT_AGGREGATE = "reception-visit";
    public static final String VISIT_RECORDED = "reception-visit.recorded";

    private PetitionEvents() {
    }

    /**
     * {@code intakeClient}: for a petition submitted by another government system
     * ({@code petition-intake}), that client's reference ({@code IntakeClients.ref}, a hash, never its
     * name); absent otherwise. programs-service's change feed uses it to show a client its own
     * submissions' events, and strips it from what it serves.
     */
    public record Received(String unitPath, UUID petitionId, String number, String kind, String channel,
            List<String> domains, LocalDate receivedDate, boolean anonymous,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            String intakeClient) {
    }

    /** {@code addedBy}: {@code citizen}, {@code anonymous} (receipt code); never a name, never the content. */
    public record InformationAdded(String unitPath, UUID petitionId, String status, LocalDate effectiveDate,
            String addedBy) {
    }

    public record Accepted(String unitPath, UUID petitionId, String from, String to, LocalDate effectiveDate,
            LocalDate acceptanceDueDate, LocalDate resolutionDueDate) {
    }

    public record Transferred(String unitPath, UUID petitionId, String from, String to, LocalDate effectiveDate,
            String toAgency) {
    }

    public record Resolved(String unitPath, UUID petitionId, String from, String to, LocalDate effectiveDate,
            String outcome, Boolean onTime) {
    }

    public record StatusChanged(String unitPath, UUID petitionId, String from, String to, LocalDate effectiveDate) {
    }

    public record DeadlineNotice(String unitPath, UUID petitionId, String deadline, LocalDate dueDate) {
    }

    /**
     * The petition's entry in the register of complex, prolonged and crowded cases (sổ theo dõi vụ việc
     * phức tạp, tồn đọng) as set on {@code registerDate}; the reasons (free text) stay in the service.
     */
    public record RegisterUpdated(String unitPath, UUID petitionId, boolean complex, boolean prolonged,
            boolean crowded, LocalDate registerDate) {
    }

    /** A running clock's due date moved because its calendar year or rule was published or corrected. */
    public record DeadlineChanged(String unitPath, UUID petitionId, String deadline, LocalDate previousDueDate,
            LocalDate dueDate, boolean provisional, String reason) {
    }

    public record CorruptionSignsFlagged(String unitPath, UUID petitionId, String number, String kind,
            List<String> domains, String summary, LocalDate flaggedDate) {
    }

    public record VisitRecorded(String unitPath, UUID visitId, LocalDate visitDate, String kind, int people,
            boolean groupVisit, String outcome, List<UUID> petitionIds) {
    }

    public record Reassigned(String unitPath, UUID petitionId, String fromUnit, String toUnit, LocalDate effectiveDate) {
    }
}
