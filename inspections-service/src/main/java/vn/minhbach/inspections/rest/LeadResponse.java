package vn.minhbach.inspections.rest;

import java.time.LocalDate;
import java.util.UUID;
import vn.minhbach.inspections.Lead;
import vn.minhbach.inspections.LeadStatus;

public record LeadResponse(UUID id, String petitionId, String petitionNumber, String petitionKind, String domains,
        String summary, LocalDate flaggedDate, String unitPath, LeadStatus status, UUID teamId,
        String dismissReason) {

    public static LeadResponse of(Lead l) {
        return new LeadResponse(l.id, l.petitionId, l.petitionNumber, l.petitionKind, l.domains, l.summary,
                l.flaggedDate, l.unitPath, l.status, l.teamId, l.dismissReason);
    }
}
