package vn.minhbach.inspections.rest;

import java.util.UUID;
import vn.minhbach.inspections.CadreCategory;
import vn.minhbach.inspections.PartyMember;

public record MemberResponse(UUID id, String code, String fullName, UUID organisationId, String position,
        CadreCategory cadreCategory, boolean standingCommitteeManaged, String unitPath) {

    public static MemberResponse of(PartyMember m) {
        return new MemberResponse(m.id, m.code, m.fullName, m.organisationId, m.position, m.cadreCategory,
                m.standingCommitteeManaged(), m.unitPath);
    }
}
