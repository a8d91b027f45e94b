package vn.minhbach.petitions.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.outbox.OptionalField;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.Outcome;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.ReceptionVisit;

/**
 * Payloads of the events on {@code minhbach.petitions.v1} (docs/contracts.md, docs/events/petitions.md).
 * None of them carries a petitioner's or denouncer's identity: only ids, codes and business dates.
 * Each record is the published contract of its type: {@code docs/events/schemas/<type>.schema.json} is
 * generated from it (EventSchemasTest); codes are the enums themselves, serialised by name.
 *
 * <p>Every event that carries a status also carries petitions' own fact about it, {@code settled}
 * ({@link PetitionStatus#settled()}, "giải quyết xong"), and a transition the fact about its {@code from}
 * status, {@code fromSettled}: consumers read the fact instead of keeping their own list of statuses.
 * Both are optional in the schemas only because events published before they were added lack them;
 * this service always sets them.
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

    /** A petition's domains (stored by name) as the enum the events publish. */
    public static List<Domain> domains(String[] names) {
        return Arrays.stream(names).map(Domain::valueOf).toList();
    }

    /**
     * {@code intakeClient}: for a petition submitted by another government system
     * ({@code petition-intake}), that client's reference ({@code IntakeClients.ref}, a hash, never its
     * name); absent otherwise. programs-service's change feed uses it to show a client its own
     * submissions' events, and strips it from what it serves.
     */
    public record Received(String unitPath, UUID petitionId, String number, PetitionKind kind, Channel channel,
            List<Domain> domains, LocalDate receivedDate, boolean anonymous,
            @JsonInclude(JsonInclude.Include.NON_NULL) String intakeClient) {
    }

    /** {@code addedBy}: {@code citizen}, {@code anonymous} (receipt code); never a name, never the content. */
    public record InformationAdded(String unitPath, UUID petitionId, PetitionStatus status, LocalDate effectiveDate,
            String addedBy, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean settled) {

        public InformationAdded(String unitPath, UUID petitionId, PetitionStatus status, LocalDate effectiveDate,
                String addedBy) {
            this(unitPath, petitionId, status, effectiveDate, addedBy, status.settled());
        }
    }

    public record Accepted(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
            @OptionalField LocalDate acceptanceDueDate, LocalDate resolutionDueDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean fromSettled,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean settled) {

        public Accepted(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
                LocalDate acceptanceDueDate, LocalDate resolutionDueDate) {
            this(unitPath, petitionId, from, to, effectiveDate, acceptanceDueDate, resolutionDueDate, from.settled(),
                    to.settled());
        }
    }

    public record Transferred(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
            @OptionalField String toAgency, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean fromSettled,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean settled) {

        public Transferred(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
                String toAgency) {
            this(unitPath, petitionId, from, to, effectiveDate, toAgency, from.settled(), to.settled());
        }
    }

    public record Resolved(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
            Outcome outcome, @OptionalField Boolean onTime, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean fromSettled,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean settled) {

        public Resolved(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
                Outcome outcome, Boolean onTime) {
            this(unitPath, petitionId, from, to, effectiveDate, outcome, onTime, from.settled(), to.settled());
        }
    }

    public record StatusChanged(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to, LocalDate effectiveDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean fromSettled,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean settled) {

        public StatusChanged(String unitPath, UUID petitionId, PetitionStatus from, PetitionStatus to,
                LocalDate effectiveDate) {
            this(unitPath, petitionId, from, to, effectiveDate, from.settled(), to.settled());
        }
    }

    public record DeadlineNotice(String unitPath, UUID petitionId, Deadline deadline, LocalDate dueDate) {
    }

    /**
     * The petition's entry in the register of complex, prolonged and crowded cases (sổ theo dõi vụ việc
     * phức tạp, tồn đọng) as set on {@code registerDate}; the reasons (free text) stay in the service.
     */
    public record RegisterUpdated(String unitPath, UUID petitionId, boolean complex, boolean prolonged,
            boolean crowded, LocalDate registerDate) {
    }

    /** A running clock's due date moved because its calendar year or rule was published or corrected. */
    public record DeadlineChanged(String unitPath, UUID petitionId, Deadline deadline, LocalDate previousDueDate,
            LocalDate dueDate, boolean provisional, String reason) {
    }

    public record CorruptionSignsFlagged(String unitPath, UUID petitionId, String number, PetitionKind kind,
            List<Domain> domains, String summary, LocalDate flaggedDate) {
    }

    public record VisitRecorded(String unitPath, UUID visitId, LocalDate visitDate, ReceptionVisit.Kind kind, int people,
            boolean groupVisit, ReceptionVisit.VisitOutcome outcome, List<UUID> petitionIds) {
    }

    public record Reassigned(String unitPath, UUID petitionId, String fromUnit, String toUnit, LocalDate effectiveDate) {
    }
}
