package vn.minhbach.inspections.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Lead;
import vn.minhbach.inspections.LeadStatus;

/** Reading leads (issue 21.4: the queries out of the resources), within the caller's unit subtree. */
@ApplicationScoped
public class LeadQueries {

    @Inject
    Caller caller;

    /** One lead of the caller's subtree; 404 {@code lead.not-found} when absent or outside it. */
    public Lead lead(UUID id) {
        return caller.inScope(Lead.<Lead>findById(id), l -> l.unitPath, "lead.not-found", id);
    }

    /** The triage list: leads of {@code unit}'s subtree, optionally of one status, the newest first. */
    public Page<Lead> ofSubtree(String unit, LeadStatus status, PageRequest page) {
        Parameters params = Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (status != null) {
            q += " and status = :s";
            params = params.and("s", status);
        }
        return Pages.of(Lead.<Lead>find(q + " order by receivedAt desc", params), page, Function.identity());
    }
}
