package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.csv.CsvWriter;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.CadreCategory;
import vn.minhbach.inspections.MemberRelation;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.inspections.rest.MemberRequest;
import vn.minhbach.inspections.rest.OrganisationRequest;
import vn.minhbach.inspections.rest.RelationRequest;

/** Party organisations and members: creation, relations, CSV import and export, all within the caller's unit. */
@ApplicationScoped
public class SubjectService {

    @jakarta.inject.Inject
    vn.minhbach.chassis.units.UnitCheck units;

    public static final String ORGANISATION_CSV_HEADER = "code,name,kind,parentCode,unitPath";
    public static final String MEMBER_CSV_HEADER = "code,fullName,organisationCode,position,cadreCategory";

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    public PartyOrganisation organisation(UUID id) {
        PartyOrganisation o = PartyOrganisation.findById(id);
        if (o == null) {
            throw ProblemException.notFound("organisation.not-found", id);
        }
        caller.requireScope(o.unitPath, "organisation.not-found", id);
        return o;
    }

    public PartyMember member(UUID id) {
        PartyMember m = PartyMember.findById(id);
        if (m == null) {
            throw ProblemException.notFound("member.not-found", id);
        }
        caller.requireScope(m.unitPath, "member.not-found", id);
        return m;
    }

    @Transactional
    public PartyOrganisation createOrganisation(OrganisationRequest request) {
        PartyOrganisation o = newOrganisation(request.code(), request.name(), request.kind(),
                request.parentId() == null ? null : organisation(request.parentId()), request.unitPath());
        audit.record(caller.name(), "organisation.created", "party-organisation", o.id.toString(), o.unitPath,
                Map.of("code", o.code, "kind", o.kind));
        return o;
    }

    private PartyOrganisation newOrganisation(String code, String name, OrganisationKind kind, PartyOrganisation parent,
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
    public PartyMember createMember(MemberRequest request) {
        PartyMember m = newMember(request.code(), request.fullName(), organisation(request.organisationId()),
                request.position(), request.cadreCategory());
        audit.record(caller.name(), "member.created", "party-member", m.id.toString(), m.unitPath,
                Map.of("code", m.code, "cadreCategory", m.cadreCategory));
        return m;
    }

    private PartyMember newMember(String code, String fullName, PartyOrganisation organisation, String position,
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
    public void addRelation(UUID memberId, RelationRequest request) {
        PartyMember m = member(memberId);
        PartyMember other = member(request.relatedMemberId());
        if (m.id.equals(other.id)) {
            throw ProblemException.unprocessable("relation.self", memberId);
        }
        if (MemberRelation.related(m.id, other.id)) {
            throw ProblemException.conflict("relation.exists", m.id, other.id);
        }
        MemberRelation r = new MemberRelation();
        r.key = new MemberRelation.Key(m.id, other.id);
        r.relation = request.relation();
        r.persist();
        audit.record(caller.name(), "member.relation-declared", "party-member", m.id.toString(), m.unitPath,
                Map.of("relatedMemberId", other.id.toString(), "relation", r.relation));
    }

    /** Imports organisations; a parent may be an earlier row of the same file or an existing organisation. */
    @Transactional
    public int importOrganisations(String csv) {
        List<List<String>> rows = rows(csv, ORGANISATION_CSV_HEADER);
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = pad(rows.get(i), 5);
            int line = i + 1;
            String code = required(r.get(0), line, "code", 64);
            String name = required(r.get(1), line, "name", 300);
            OrganisationKind kind = enumValue(OrganisationKind.class, r.get(2), line, "kind");
            PartyOrganisation parent = null;
            if (!r.get(3).isEmpty()) {
                parent = PartyOrganisation.byCode(r.get(3)).filter(p -> caller.covers(p.unitPath))
                        .orElseThrow(() -> ProblemException.unprocessable("csv.unknown-reference", line, "parentCode"));
            }
            String unit = r.get(4).isEmpty() ? null : r.get(4);
            if (unit != null && !UnitPath.isValid(unit)) {
                throw ProblemException.unprocessable("csv.invalid-value", line, "unitPath");
            }
            try {
                newOrganisation(code, name, kind, parent, unit);
            } catch (ProblemException e) {
                throw ProblemException.unprocessable("csv.row-rejected", line, e.key());
            }
        }
        audit.record(caller.name(), "organisation.imported", "party-organisation", "csv", caller.unit(),
                Map.of("rows", rows.size() - 1));
        return rows.size() - 1;
    }

    @Transactional
    public int importMembers(String csv) {
        List<List<String>> rows = rows(csv, MEMBER_CSV_HEADER);
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = pad(rows.get(i), 5);
            int line = i + 1;
            String code = required(r.get(0), line, "code", 64);
            String name = required(r.get(1), line, "fullName", 200);
            PartyOrganisation organisation = PartyOrganisation.byCode(r.get(2)).filter(p -> caller.covers(p.unitPath))
                    .orElseThrow(() -> ProblemException.unprocessable("csv.unknown-reference", line, "organisationCode"));
            if (r.get(3).length() > 200) {
                throw ProblemException.unprocessable("csv.invalid-value", line, "position");
            }
            CadreCategory category = enumValue(CadreCategory.class, r.get(4), line, "cadreCategory");
            try {
                newMember(code, name, organisation, r.get(3).isEmpty() ? null : r.get(3), category);
            } catch (ProblemException e) {
                throw ProblemException.unprocessable("csv.row-rejected", line, e.key());
            }
        }
        audit.record(caller.name(), "member.imported", "party-member", "csv", caller.unit(),
                Map.of("rows", rows.size() - 1));
        return rows.size() - 1;
    }

    public String exportOrganisations() {
        CsvWriter out = CsvWriter.minimal(ORGANISATION_CSV_HEADER.split(","));
        String unit = caller.unit();
        List<PartyOrganisation> all = PartyOrganisation.list(
                "unitPath = ?1 or unitPath like ?2 order by unitPath, code", unit, UnitPath.descendantsPattern(unit));
        Map<UUID, String> codes = new java.util.HashMap<>();
        all.forEach(o -> codes.put(o.id, o.code));
        for (PartyOrganisation o : all) {
            String parentCode = o.parentId == null ? null
                    : codes.computeIfAbsent(o.parentId, id -> PartyOrganisation.<PartyOrganisation>findById(id).code);
            out.row(o.code, o.name, o.kind, parentCode, o.unitPath);
        }
        return out.toString();
    }

    public String exportMembers() {
        CsvWriter out = CsvWriter.minimal(MEMBER_CSV_HEADER.split(","));
        String unit = caller.unit();
        List<PartyMember> all = PartyMember.list("unitPath = ?1 or unitPath like ?2 order by unitPath, code", unit,
                UnitPath.descendantsPattern(unit));
        Map<UUID, String> codes = new java.util.HashMap<>();
        for (PartyMember m : all) {
            String orgCode = codes.computeIfAbsent(m.organisationId,
                    id -> PartyOrganisation.<PartyOrganisation>findById(id).code);
            out.row(m.code, m.fullName, orgCode, m.position, m.cadreCategory);
        }
        return out.toString();
    }

    private static List<List<String>> rows(String csv, String header) {
        List<List<String>> rows = vn.minhbach.chassis.csv.CsvReader.rows(csv);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).equalsIgnoreCase(header)) {
            throw ProblemException.unprocessable("csv.bad-header", header);
        }
        if (rows.size() > 5001) {
            throw ProblemException.unprocessable("csv.too-many-rows", 5000);
        }
        return rows;
    }

    private static List<String> pad(List<String> row, int n) {
        List<String> out = new java.util.ArrayList<>(row);
        while (out.size() < n) {
            out.add("");
        }
        return out;
    }

    private static String required(String value, int line, String column, int max) {
        if (value.isEmpty() || value.length() > max) {
            throw ProblemException.unprocessable("csv.invalid-value", line, column);
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, int line, String column) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("csv.invalid-value", line, column);
        }
    }
}
