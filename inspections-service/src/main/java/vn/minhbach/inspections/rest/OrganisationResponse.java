package vn.minhbach.inspections.rest;

import java.util.UUID;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.PartyOrganisation;

public record OrganisationResponse(UUID id, String code, String name, OrganisationKind kind, UUID parentId,
        String unitPath) {

    public static OrganisationResponse of(PartyOrganisation o) {
        return new OrganisationResponse(o.id, o.code, o.name, o.kind, o.parentId, o.unitPath);
    }
}
