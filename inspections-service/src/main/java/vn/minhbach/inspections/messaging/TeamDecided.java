package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import vn.minhbach.chassis.outbox.OptionalField;
import vn.minhbach.events.InspectionFigureRules;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamTarget;
import vn.minhbach.inspections.TeamKind;

/**
 * {@code team.decided}: everything programs-service needs to reproduce the inspection statistics
 * from events alone (kind, basis, level, decision date, domains, targets with their snapshot).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TeamDecided(String unitPath, String teamId, TeamKind kind, Basis basis, InitiatingLevel initiatingLevel,
        String decisionNumber, LocalDate decisionDate, List<Domain> domains, List<Target> targets,
        @OptionalField String leadId, @OptionalField String petitionId) {

    /** The event of a decided team (its decision number and date set) with these targets. */
    public static TeamDecided of(Team t, List<TeamTarget> targets) {
        return new TeamDecided(t.unitPath, t.id.toString(), t.kind, t.basis, t.initiatingLevel, t.decisionNumber,
                t.decisionDate, List.copyOf(t.domains), targets.stream()
                        .map(x -> new Target(x.targetType, x.subjectId().toString(), x.organisationKind,
                                x.standingCommitteeManaged))
                        .toList(),
                t.leadId == null ? null : t.leadId.toString(), t.petitionId);
    }

    /**
     * The team as {@link InspectionFigureRules} counts it, from this payload: inspections-service's statistics
     * count exactly what the event carries, which is what programs-service's report counts.
     */
    public InspectionFigureRules.Team figures() {
        return new InspectionFigureRules.Team(kind.name(), basis.name(), initiatingLevel.name(), decisionDate,
                domains.stream().map(Domain::name).toList(),
                targets.stream().map(x -> new InspectionFigureRules.Target(x.targetType().name(), x.subjectId(),
                        x.organisationKind() == null ? null : x.organisationKind().name(),
                        Boolean.TRUE.equals(x.standingCommitteeManaged()))).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(TargetType targetType, String subjectId, @OptionalField OrganisationKind organisationKind,
            @OptionalField Boolean standingCommitteeManaged) {
    }
}
