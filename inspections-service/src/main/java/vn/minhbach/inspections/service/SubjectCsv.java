package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.csv.CsvReader;
import vn.minhbach.chassis.csv.CsvWriter;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.CadreCategory;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;

/**
 * Party organisations and members as CSV files: an import creates every row or none (the first bad row
 * answers 422 naming its line), an export writes the caller's subtree.
 */
@ApplicationScoped
public class SubjectCsv {

    public static final String ORGANISATION_CSV_HEADER = "code,name,kind,parentCode,unitPath";
    public static final String MEMBER_CSV_HEADER = "code,fullName,organisationCode,position,cadreCategory";

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    SubjectService subjects;
    @Inject
    SubjectQueries queries;

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
                subjects.newOrganisation(code, name, kind, parent, unit);
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
                subjects.newMember(code, name, organisation, r.get(3).isEmpty() ? null : r.get(3), category);
            } catch (ProblemException e) {
                throw ProblemException.unprocessable("csv.row-rejected", line, e.key());
            }
        }
        audit.record(caller.name(), "member.imported", "party-member", "csv", caller.unit(),
                Map.of("rows", rows.size() - 1));
        return rows.size() - 1;
    }

    /** The subtree's organisations; a parent outside the file is named by its code (one query for all of them). */
    public String exportOrganisations() {
        CsvWriter out = CsvWriter.minimal(ORGANISATION_CSV_HEADER.split(","));
        List<PartyOrganisation> all = queries.allOrganisations(caller.unit());
        Map<UUID, String> codes = new HashMap<>();
        all.forEach(o -> codes.put(o.id, o.code));
        Set<UUID> outside = new HashSet<>();
        all.stream().map(o -> o.parentId).filter(p -> p != null && !codes.containsKey(p)).forEach(outside::add);
        queries.organisations(outside).forEach((id, o) -> codes.put(id, o.code));
        for (PartyOrganisation o : all) {
            out.row(o.code, o.name, o.kind, o.parentId == null ? null : codes.get(o.parentId), o.unitPath);
        }
        return out.toString();
    }

    /** The subtree's members with their organisation's code (one query for all the organisations). */
    public String exportMembers() {
        CsvWriter out = CsvWriter.minimal(MEMBER_CSV_HEADER.split(","));
        List<PartyMember> all = queries.allMembers(caller.unit());
        Set<UUID> organisationIds = new HashSet<>();
        all.forEach(m -> organisationIds.add(m.organisationId));
        Map<UUID, PartyOrganisation> organisations = queries.organisations(organisationIds);
        for (PartyMember m : all) {
            PartyOrganisation o = organisations.get(m.organisationId);
            out.row(m.code, m.fullName, o == null ? null : o.code, m.position, m.cadreCategory);
        }
        return out.toString();
    }

    private static List<List<String>> rows(String csv, String header) {
        List<List<String>> rows = CsvReader.rows(csv);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).equalsIgnoreCase(header)) {
            throw ProblemException.unprocessable("csv.bad-header", header);
        }
        if (rows.size() > 5001) {
            throw ProblemException.unprocessable("csv.too-many-rows", 5000);
        }
        return rows;
    }

    private static List<String> pad(List<String> row, int n) {
        List<String> out = new ArrayList<>(row);
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
