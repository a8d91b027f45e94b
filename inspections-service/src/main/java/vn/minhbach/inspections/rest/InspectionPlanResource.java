package vn.minhbach.inspections.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.service.PlanQueries;
import vn.minhbach.inspections.service.PlanService;
import vn.minhbach.inspections.service.command.PlanCommand;
import vn.minhbach.inspections.service.command.PlanItemCommand;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/inspection-plans")
@Tag(name = "Inspection and supervision plans (kế hoạch kiểm tra, giám sát)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class InspectionPlanResource {

    @Inject
    PlanService plans;
    @Inject
    PlanQueries queries;
    @Inject
    Views views;
    @Inject
    Caller caller;
    @Inject
    vn.minhbach.chassis.http.EntityTags tags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Create a yearly plan with planned items (kế hoạch kiểm tra, giám sát năm)")
    public Response create(@Valid @NotNull PlanCommand request) {
        InspectionPlan p = plans.create(request);
        return Response.created(URI.create("/api/v1/inspection-plans/" + p.id)).entity(view(p)).build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List plans of the caller's unit subtree")
    public Page<PlanResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("year") Integer year) {
        return Views.page(queries.ofSubtree(caller.unit(), year, page), views::plan);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One plan with its items and completion figures (kết quả thực hiện kế hoạch)")
    public PlanResponse get(@PathParam("id") UUID id) {
        InspectionPlan p = queries.plan(id);
        tags.tag(() -> p.version);
        return view(p);
    }

    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Add a planned item to a plan")
    public PlanResponse addItem(@PathParam("id") UUID id, @Valid @NotNull PlanItemCommand request) {
        InspectionPlan p = queries.plan(id);
        tags.guard(p, () -> p.version);
        return view(plans.addItem(id, request));
    }

    private PlanResponse view(InspectionPlan p) {
        return views.plan(queries.progress(p));
    }
}
