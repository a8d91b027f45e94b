package vn.minhbach.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.inspections.service.Statistics;
import vn.minhbach.inspections.service.StatisticsService;

@Path("/api/v1/inspections/statistics")
@Tag(name = "Inspection statistics (số liệu kiểm tra, giám sát)")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;
    @Inject
    Caller caller;
    @Inject
    BusinessClock dates;

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN, Roles.STATISTICS_READER})
    @Operation(summary = "Teams, occurrences (lượt), distinct subjects, basis, domains, recommendations and discipline for a unit subtree and period")
    public Statistics get(@QueryParam("unit") String unit, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String u = unit == null || unit.isBlank() ? caller.unit() : unit;
        if (!UnitPath.isValid(u)) {
            throw ProblemException.badRequest("statistics.invalid-unit", u);
        }
        caller.requireScope(u, "unit.not-found", u);
        LocalDate f = date(from, LocalDate.of(2000, 1, 1), "from");
        LocalDate t = date(to, dates.today(), "to");
        if (t.isBefore(f)) {
            throw ProblemException.badRequest("statistics.invalid-period", f, t);
        }
        return statistics.compute(u, f, t);
    }

    private static LocalDate date(String value, LocalDate fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest("statistics.invalid-date", name, value);
        }
    }
}
