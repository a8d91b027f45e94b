package vn.minhbach.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The payloads of {@code minhbach.petitions.v1} as its consumers read them (programs-service's report read
 * model, inspections-service's leads), in one place. The binding shape is petitions-service's
 * {@code PetitionEvents} records and their JSON Schemas ({@code docs/events/schemas/petition.*.schema.json});
 * these views are lenient: codes are strings (a consumer does not depend on the producer's enums), unknown
 * fields are ignored, and a field missing from the event is {@code null} for the consumer to refuse.
 */
public final class PetitionEventData {

    public static final String TOPIC = "minhbach.petitions.v1";
    public static final String RECEIVED = "petition.received";
    public static final String ACCEPTED = "petition.accepted";
    public static final String TRANSFERRED = "petition.transferred";
    public static final String RESOLVED = "petition.resolved";
    public static final String STATUS_CHANGED = "petition.status-changed";
    public static final String CORRUPTION_SIGNS_FLAGGED = "petition.corruption-signs-flagged";
    public static final String REGISTER_UPDATED = "petition.register-updated";
    public static final String VISIT_RECORDED = "reception-visit.recorded";
    /** The event types that move a petition from one status to another: all read as {@link Transition}. */
    public static final Set<String> TRANSITIONS = Set.of(ACCEPTED, TRANSFERRED, RESOLVED, STATUS_CHANGED);

    private PetitionEventData() {
    }

    /** {@code petition.received}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Received(String unitPath, String petitionId, String number, String kind, String channel,
            List<String> domains, LocalDate receivedDate, Boolean anonymous) {
    }

    /**
     * {@code petition.accepted}, {@code .transferred}, {@code .resolved}, {@code .status-changed}: the fields
     * they share, and {@code onTime} of {@code petition.resolved}.
     *
     * <p>{@code settled} and {@code fromSettled} are petitions-service's own fact ("giải quyết xong",
     * {@code PetitionStatus.settled()}) about {@code to} and {@code from}. Use {@link #isSettled()} and
     * {@link #wasSettled()}: they read the fact, and only for an event published before the fact was added
     * (where it is absent) fall back to {@link LegacySettled}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transition(String unitPath, String petitionId, String from, String to, LocalDate effectiveDate,
            Boolean fromSettled, Boolean settled, Boolean onTime) {

        /** {@code to} is a settled status, as petitions-service says (its fallback: {@link LegacySettled}). */
        public boolean isSettled() {
            return settled != null ? settled : LegacySettled.status(to);
        }

        /** {@code from} was a settled status, as petitions-service says (its fallback: {@link LegacySettled}). */
        public boolean wasSettled() {
            return fromSettled != null ? fromSettled : LegacySettled.status(from);
        }
    }

    /** {@code petition.corruption-signs-flagged}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CorruptionSignsFlagged(String unitPath, String petitionId, String number, String kind,
            List<String> domains, String summary, LocalDate flaggedDate) {
    }

    /** {@code petition.register-updated}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegisterUpdated(String unitPath, String petitionId, Boolean complex, Boolean prolonged,
            Boolean crowded, LocalDate registerDate) {

        /** In the register (complex, prolonged or crowded) from {@code registerDate}. */
        public boolean registered() {
            return Boolean.TRUE.equals(complex) || Boolean.TRUE.equals(prolonged) || Boolean.TRUE.equals(crowded);
        }
    }

    /** {@code reception-visit.recorded}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VisitRecorded(String unitPath, String visitId, LocalDate visitDate, String kind, Integer people,
            Boolean groupVisit, String outcome, List<String> petitionIds) {
    }

    /**
     * The only consumer-side copy of petitions-service's settled statuses, kept for the events published before
     * the transitions carried {@code settled}/{@code fromSettled} (docs/events/petitions.md): such an event is read
     * with the list in force when it was published. Do not use it for anything else: a current event says
     * itself whether its status is settled.
     */
    public static final class LegacySettled {

        /** Settled ("giải quyết xong") statuses before the events carried the fact (docs/contracts.md). */
        public static final Set<String> STATUSES = Set.of("RESOLVED", "CLOSED", "NOT_ACCEPTED", "TRANSFERRED",
                "GUIDED", "FILED", "WITHDRAWN");

        private LegacySettled() {
        }

        static boolean status(String status) {
            return status != null && STATUSES.contains(status);
        }
    }
}
