package vn.minhbach.inspections.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Discipline;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.TargetType;
import vn.minhbach.inspections.TeamKind;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.Violation;

public record TeamResponse(UUID id, String unitPath, TeamKind kind, Basis basis, InitiatingLevel initiatingLevel,
        TeamStatus status, String decisionNumber, LocalDate decisionDate, LocalDate periodFrom, LocalDate periodTo,
        UUID leaderMemberId, Set<UUID> memberIds, Set<Domain> domains, UUID planItemId, UUID leadId,
        String petitionId, LocalDate startedDate, LocalDate concludedDate, String conclusionReference,
        boolean forPublication, boolean decisionPublic, String publicSummary, LocalDate publishedDate,
        List<Target> targets, List<RecommendationResponse> recommendations) {

    public record Target(UUID id, TargetType targetType, UUID subjectId, String name,
            OrganisationKind organisationKind, Boolean standingCommitteeManaged, String findings,
            Violation violation, Discipline discipline) {
    }
}
