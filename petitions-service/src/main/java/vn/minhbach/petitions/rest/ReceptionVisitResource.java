package vn.minhbach.petitions.rest;

import static vn.minhbach.petitions.Roles.*;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.idempotency.Idempotent;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.rest.PetitionViews.ReceptionVisitView;
import vn.minhbach.petitions.service.PetitionQueries;
import vn.minhbach.petitions.service.ReceptionService;
import vn.minhbach.petitions.service.ReceptionVisitQueries;
import vn.minhbach.petitions.service.command.ReceptionVisitRequest;

@Path("/api/v1/reception-visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen reception (Tiếp công dân)", description = "Reception visits, counted in person-visits (lượt người)")
@Idempotent
public class ReceptionVisitResource {

    @Inject
    ReceptionService reception;
    @Inject
    PetitionQueries queries;
    @Inject
    PetitionMapping mapping;
    @Inject
    ReceptionVisitQueries visits;

    @POST
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER})
    @Operation(summary = "Ghi nhận lượt tiếp công dân")
    public Response record(@NotNull @Valid ReceptionVisitRequest body) {
        return Response.status(201).entity(mapping.visit(reception.record(body))).build();
    }

    @GET
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER, AUDITOR})
    @Operation(summary = "Danh sách lượt tiếp công dân of a unit subtree and period")
    public Page<ReceptionVisitView> list(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @BeanParam @Valid PageRequest page) {
        return Pages.of(visits.visits(queries.root(unit), from, to), page, mapping::visit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết lượt tiếp công dân")
    public ReceptionVisitView get(@PathParam("id") UUID id) {
        return mapping.visit(reception.scoped(id));
    }
}
