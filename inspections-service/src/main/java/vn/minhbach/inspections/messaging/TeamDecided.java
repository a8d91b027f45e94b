package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code team.decided}: everything programs-service needs to reproduce the inspection statistics
 * from events alone (kind, basis, level, decision date, domains, targets with their snapshot).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamDecided(String unitPath, String teamId, String kind, String basis, String initiatingLevel,
        String decisionNumber, LocalDate decisionDate, List<String> domains, List<Target> targets,
        String leadId, String petitionId) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String targetType, String subjectId, String organisationKind,
            Boolean standingCommitteeManaged) {
    }
}
