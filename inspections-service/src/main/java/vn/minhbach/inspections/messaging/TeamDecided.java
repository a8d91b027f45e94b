package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.outbox.OptionalField;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.TeamKind;

/**
 * {@code team.decided}: everything programs-service needs to reproduce the inspection statistics
 * from events alone (kind, basis, level, decision date, domains, targets with their snapshot).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamDecided(String unitPath, String teamId, TeamKind kind, Basis basis, InitiatingLevel initiatingLevel,
        String decisionNumber, LocalDate decisionDate, List<Domain> domains, List<Target> targets,
        @OptionalField String leadId, @OptionalField String petitionId) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(TargetType targetType, String subjectId, @OptionalField OrganisationKind organisationKind,
            @OptionalField Boolean standingCommitteeManaged) {
    }
}
