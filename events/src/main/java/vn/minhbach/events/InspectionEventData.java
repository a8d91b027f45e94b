package vn.minhbach.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The payloads of {@code minhbach.inspections.v1} as its consumers read them (programs-service's report read
 * model, petitions-service's conclusion of a corruption-signs flag), in one place. The binding shape is
 * inspections-service's {@code TeamDecided} and {@code TeamConcluded} records and their JSON Schemas
 * ({@code docs/events/schemas/team.*.schema.json}); these views are lenient: codes are strings (a consumer does
 * not depend on the producer's enums), unknown fields are ignored, and a field missing from the event is
 * {@code null} for the consumer to refuse or default (each consumer says which).
 */
public final class InspectionEventData {

    public static final String TOPIC = "minhbach.inspections.v1";
    public static final String TEAM_DECIDED = "team.decided";
    public static final String TEAM_CONCLUDED = "team.concluded";

    private InspectionEventData() {
    }

    /** {@code team.decided}; {@code petitionId} only for a team opened from a lead on a petition. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamDecided(String unitPath, String teamId, String kind, String basis, String initiatingLevel,
            LocalDate decisionDate, List<String> domains, List<Target> targets, String petitionId) {

        /** The domains, none when the event has none. */
        public List<String> domainsOrNone() {
            return domains == null ? List.of() : domains;
        }

        /** The targets, none when the event has none. */
        public List<Target> targetsOrNone() {
            return targets == null ? List.of() : targets;
        }
    }

    /**
     * One target of {@code team.decided}: an organisation ({@code organisationKind} set) or a member;
     * {@code standingCommitteeManaged} missing means not managed by the standing committee.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(String targetType, String subjectId, String organisationKind,
            Boolean standingCommitteeManaged) {

        public boolean managedByStandingCommittee() {
            return Boolean.TRUE.equals(standingCommitteeManaged);
        }
    }

    /** {@code team.concluded}; {@code petitionId} only for a team opened from a lead on a petition. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamConcluded(String unitPath, String teamId, LocalDate concludedDate, String conclusionReference,
            String petitionId) {
    }
}
