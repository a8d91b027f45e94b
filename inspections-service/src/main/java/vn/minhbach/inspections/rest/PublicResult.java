package vn.minhbach.inspections.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.minhbach.inspections.Basis;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.InitiatingLevel;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.TeamKind;

/**
 * A published result (kết quả công khai). Organisations are named; members only as a count, and by
 * name only when the decision itself is public.
 */
public record PublicResult(UUID teamId, String unitPath, TeamKind kind, Basis basis, InitiatingLevel initiatingLevel,
        String decisionNumber, LocalDate decisionDate, LocalDate concludedDate, LocalDate publishedDate,
        Set<Domain> domains, List<Organisation> organisations, int memberCount, List<String> memberNames,
        String publicSummary) {

    public record Organisation(String name, OrganisationKind kind) {
    }
}
