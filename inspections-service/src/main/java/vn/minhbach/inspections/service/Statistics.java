package vn.minhbach.inspections.service;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Discipline;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.RecommendationStatus;

/**
 * Inspection and supervision statistics of a unit subtree for teams decided in [from, to]
 * (definitions in docs/inspections.md): the domain result of {@link StatisticsService}, served as it is
 * (its OpenAPI component keeps the name {@code StatisticsResponse}).
 */
@Schema(name = "StatisticsResponse")
public record Statistics(String unit, LocalDate from, LocalDate to, KindStatistics inspection,
        KindStatistics supervision, Recommendations recommendations, DisciplineCounts discipline) {

    /** Figures of a set of teams; "occurrences" count a subject once per team that targeted it (lượt). */
    public record Counts(long teams, long organisationOccurrences,
            Map<OrganisationKind, Long> organisationOccurrencesByKind, long distinctOrganisations,
            Map<OrganisationKind, Long> distinctOrganisationsByKind, long memberOccurrences, long distinctMembers,
            long standingCommitteeManagedMemberOccurrences, long distinctStandingCommitteeManagedMembers) {
    }

    public record Breakdown(Counts total, Map<Basis, Counts> byBasis, Map<Domain, Counts> byDomain) {
    }

    public record KindStatistics(Counts total, Map<Basis, Counts> byBasis, Map<Domain, Counts> byDomain,
            Map<InitiatingLevel, Breakdown> byLevel) {
    }

    public record Recommendations(long total, Map<RecommendationStatus, Long> byStatus, long open, long implemented,
            long overdue, LocalDate overdueOn) {
    }

    public record DisciplineCounts(Map<Discipline, Long> members, Map<Discipline, Long> organisations) {
    }
}
