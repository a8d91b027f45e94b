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
import vn.minhbach.inspections.service.TeamQueries;

@Path("/api/v1/public/inspection-results")
@Tag(name = "Public inspection results (công khai kết quả kiểm tra, giám sát)")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResultResource {

    @Inject
    TeamQueries teams;
    @Inject
    Views views;

    @GET
    @PermitAll
    @Operation(summary = "Published results, no token needed; filter by unit subtree, domain and conclusion period")
    public Page<PublicResult> list(@BeanParam @Valid PageRequest page, @QueryParam("unit") String unit,
            @QueryParam("domain") String domainName, @QueryParam("from") String from, @QueryParam("to") String to) {
        boolean byUnit = unit != null && !unit.isBlank();
        if (byUnit && !UnitPath.isValid(unit)) {
            throw ProblemException.badRequest("statistics.invalid-unit", unit);
        }
        Domain domain = domain(domainName);
        LocalDate f = from != null && !from.isBlank() ? date(from, "from") : null;
        LocalDate t = to != null && !to.isBlank() ? date(to, "to") : null;
        return Views.page(teams.published(byUnit ? unit : null, domain, f, t, page), views::publicResult);
    }

    private static Domain domain(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Domain.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("public.invalid-domain", name);
        }
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("statistics.invalid-date", name, value);
        }
    }
}
