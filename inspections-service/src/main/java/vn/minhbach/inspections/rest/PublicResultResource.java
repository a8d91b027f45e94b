package vn.minhbach.inspections.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Domain;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;

@Path("/api/v1/public/inspection-results")
@Tag(name = "Public inspection results (công khai kết quả kiểm tra, giám sát)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultResource {

    @Inject
    Views views;

    @GET
    @PermitAll
    @Operation(summary = "Published results, no token needed; filter by unit subtree, domain and conclusion period")
    public Page<PublicResult> list(@BeanParam @Valid PageRequest page, @QueryParam("unit") String unit,
            @QueryParam("domain") String domainName, @QueryParam("from") String from, @QueryParam("to") String to) {
        var params = io.quarkus.panache.common.Parameters.with("s", TeamStatus.PUBLISHED);
        String q = "status = :s";
        if (unit != null && !unit.isBlank()) {
            if (!UnitPath.isValid(unit)) {
                throw ProblemException.badRequest("statistics.invalid-unit", unit);
            }
            q += " and (unitPath = :u or unitPath like :p)";
            params = params.and("u", unit).and("p", UnitPath.descendantsPattern(unit));
        }
        Domain domain = null;
        if (domainName != null && !domainName.isBlank()) {
            try {
                domain = Domain.valueOf(domainName);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("public.invalid-domain", domainName);
            }
        }
        if (domain != null) {
            q += " and :d member of domains";
            params = params.and("d", domain);
        }
        if (from != null && !from.isBlank()) {
            q += " and concludedDate >= :f";
            params = params.and("f", date(from, "from"));
        }
        if (to != null && !to.isBlank()) {
            q += " and concludedDate <= :t";
            params = params.and("t", date(to, "to"));
        }
        return Page.of(Team.<Team>find(q + " order by publishedDate desc, id", params), page, views::publicResult);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("statistics.invalid-date", name, value);
        }
    }
}
