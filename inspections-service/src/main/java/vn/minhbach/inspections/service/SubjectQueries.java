package vn.minhbach.inspections.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.OrganisationKind;
import vn.minhbach.inspections.PartyMember;
import vn.minhbach.inspections.PartyOrganisation;

/** Reading party organisations and members (issue 21.4: the queries out of the resources), by unit subtree. */
@ApplicationScoped
public class SubjectQueries {

    @Inject
    Caller caller;

    /** One organisation of the caller's subtree; 404 {@code organisation.not-found} otherwise. */
    public PartyOrganisation organisation(UUID id) {
        return caller.inScope(PartyOrganisation.<PartyOrganisation>findById(id), o -> o.unitPath,
                "organisation.not-found", id);
    }

    /** One member of the caller's subtree; 404 {@code member.not-found} otherwise. */
    public PartyMember member(UUID id) {
        return caller.inScope(PartyMember.<PartyMember>findById(id), m -> m.unitPath, "member.not-found", id);
    }

    /** Organisations of {@code unit}'s subtree, optionally of one kind, by unit and code. */
    public Page<PartyOrganisation> organisations(String unit, OrganisationKind kind, PageRequest page) {
        String q = "(unitPath = :u or unitPath like :p)" + (kind == null ? "" : " and kind = :k");
        Parameters params = Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        if (kind != null) {
            params = params.and("k", kind);
        }
        return Pages.of(PartyOrganisation.<PartyOrganisation>find(q + " order by unitPath, code", params), page,
                Function.identity());
    }

    /** Members of {@code unit}'s subtree, optionally of one organisation, by unit and code. */
    public Page<PartyMember> members(String unit, UUID organisationId, PageRequest page) {
        Parameters params = Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (organisationId != null) {
            q += " and organisationId = :o";
            params = params.and("o", organisationId);
        }
        return Pages.of(PartyMember.<PartyMember>find(q + " order by unitPath, code", params), page,
                Function.identity());
    }

    /** Every organisation of {@code unit}'s subtree, by unit and code (the CSV export). */
    public List<PartyOrganisation> allOrganisations(String unit) {
        return PartyOrganisation.list("unitPath = ?1 or unitPath like ?2 order by unitPath, code", unit,
                UnitPath.descendantsPattern(unit));
    }

    /** Every member of {@code unit}'s subtree, by unit and code (the CSV export). */
    public List<PartyMember> allMembers(String unit) {
        return PartyMember.list("unitPath = ?1 or unitPath like ?2 order by unitPath, code", unit,
                UnitPath.descendantsPattern(unit));
    }

    /** The organisations {@code ids} the caller can see, by id, in one query. */
    public Map<UUID, PartyOrganisation> organisations(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : PartyOrganisation.<PartyOrganisation>list("id in ?1", List.copyOf(ids))
                .stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /** The members {@code ids} the caller can see, by id, in one query. */
    public Map<UUID, PartyMember> members(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : PartyMember.<PartyMember>list("id in ?1", List.copyOf(ids))
                .stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }
}
