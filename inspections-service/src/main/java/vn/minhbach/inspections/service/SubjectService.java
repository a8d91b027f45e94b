package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.inspections.CadreCategory;
import vn.minhbach.inspections.MemberRelation;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.service.command.MemberCommand;
import vn.minhbach.inspections.service.command.OrganisationCommand;
import vn.minhbach.inspections.service.command.RelationCommand;

/** Party organisations and members: creation and relations, within the caller's unit ({@link SubjectCsv} for files). */
@ApplicationScoped
public class SubjectService {

    @Inject
    UnitCheck units;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    SubjectQueries queries;

    @Transactional
    public PartyOrganisation createOrganisation(OrganisationCommand command) {
        PartyOrganisation o = newOrganisation(command.code(), command.name(), command.kind(),
                command.parentId() == null ? null : queries.organisation(command.parentId()), command.unitPath());
        audit.record(caller.name(), "organisation.created", "party-organisation", o.id.toString(), o.unitPath,
                Map.of("code", o.code, "kind", o.kind));
        return o;
    }

    /** A new organisation, checked and persisted; the caller records the audit entry. */
    PartyOrganisation newOrganisation(String code, String name, OrganisationKind kind, PartyOrganisation parent,
            String unitPath) {
        if (PartyOrganisation.byCode(code).isPresent()) {
            throw ProblemException.conflict("organisation.code-taken", code);
        }
        String unit = unitPath != null ? unitPath : parent != null ? parent.unitPath : caller.unit();
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("unit.outside-scope", unit);
        }
        units.requireKnown("unitPath", unit);
        if (parent != null && !UnitPath.within(unit, parent.unitPath)) {
            throw ProblemException.unprocessable("organisation.unit-outside-parent", unit, parent.unitPath);
        }
        PartyOrganisation o = new PartyOrganisation();
        o.id = UUID.randomUUID();
        o.code = code;
        o.name = name;
        o.kind = kind;
        o.parentId = parent == null ? null : parent.id;
        o.unitPath = unit;
        o.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        o.createdBy = caller.name();
        o.persist();
        return o;
    }

    @Transactional
    public PartyMember createMember(MemberCommand command) {
        PartyMember m = newMember(command.code(), command.fullName(), queries.organisation(command.organisationId()),
                command.position(), command.cadreCategory());
        audit.record(caller.name(), "member.created", "party-member", m.id.toString(), m.unitPath,
                Map.of("code", m.code, "cadreCategory", m.cadreCategory));
        return m;
    }

    /** A new member, checked and persisted; the caller records the audit entry. */
    PartyMember newMember(String code, String fullName, PartyOrganisation organisation, String position,
            CadreCategory category) {
        if (PartyMember.count("code", code) > 0) {
            throw ProblemException.conflict("member.code-taken", code);
        }
        PartyMember m = new PartyMember();
        m.id = UUID.randomUUID();
        m.code = code;
        m.fullName = fullName;
        m.organisationId = organisation.id;
        m.position = position;
        m.cadreCategory = category;
        m.unitPath = organisation.unitPath;
        m.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        m.createdBy = caller.name();
        m.persist();
        return m;
    }

    @Transactional
    public void addRelation(UUID memberId, RelationCommand command) {
        PartyMember m = queries.member(memberId);
        PartyMember other = queries.member(command.relatedMemberId());
        if (m.id.equals(other.id)) {
            throw ProblemException.unprocessable("relation.self", memberId);
        }
        if (MemberRelation.related(m.id, other.id)) {
            throw ProblemException.conflict("relation.exists", m.id, other.id);
        }
        MemberRelation r = new MemberRelation();
        r.key = new MemberRelation.Key(m.id, other.id);
        r.relation = command.relation();
        r.persist();
        audit.record(caller.name(), "member.relation-declared", "party-member", m.id.toString(), m.unitPath,
                Map.of("relatedMemberId", other.id.toString(), "relation", r.relation));
    }
}
