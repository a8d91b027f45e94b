package vn.minhbach.petitions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.petitions.CalendarDay;
import vn.minhbach.petitions.CountUnit;
import vn.minhbach.petitions.rest.PetitionRequests.HolidayInput;
import vn.minhbach.petitions.rest.PetitionRequests.HolidayTable;
import vn.minhbach.petitions.service.CalendarService;
import vn.minhbach.petitions.service.WorkingCalendar;

@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Working calendar (Lịch ngày làm việc)", description = "Per-year holiday table: Tết, lunar holidays, compensating working days")
public class CalendarResource {

    @Inject
    CalendarService service;
    @Inject
    WorkingCalendar calendar;

    public record DueDate(LocalDate start, int days, String countUnit, LocalDate dueDate) {
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Bảng ngày nghỉ lễ của một năm")
    public List<HolidayInput> year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return CalendarDay.<CalendarDay>list("year = ?1 order by day", year).stream()
                .map(d -> new HolidayInput(d.day, d.kind, d.name)).toList();
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thay bảng ngày nghỉ lễ của một năm (admin)")
    public List<HolidayInput> replace(@PathParam("year") @Min(2000) @Max(2100) int year,
            @NotNull @Valid HolidayTable body) {
        return service.replaceYear(year, body.days()).stream().map(d -> new HolidayInput(d.day, d.kind, d.name))
                .toList();
    }

    @GET
    @Path("/due-date")
    @Operation(summary = "Tính hạn: the last day of a limit counted from a start date")
    public DueDate dueDate(@QueryParam("start") @NotNull LocalDate start,
            @QueryParam("days") @NotNull @Min(1) @Max(365) Integer days,
            @QueryParam("countUnit") @NotNull CountUnit countUnit) {
        return new DueDate(start, days, countUnit.name(), calendar.addDays(start, days, countUnit));
    }
}
