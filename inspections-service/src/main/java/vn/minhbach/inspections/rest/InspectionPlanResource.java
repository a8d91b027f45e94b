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
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.service.PlanService;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/inspection-plans")
@Tag(name = "Inspection and supervision plans (kế hoạch kiểm tra, giám sát)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class InspectionPlanResource {

    @Inject
    PlanService plans;
    @Inject
    Caller caller;
    @Inject
    vn.minhbach.chassis.http.EntityTags tags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Create a yearly plan with planned items (kế hoạch kiểm tra, giám sát năm)")
    public Response create(@Valid @NotNull PlanRequest request) {
        InspectionPlan p = plans.create(request);
        return Response.created(URI.create("/api/v1/inspection-plans/" + p.id)).entity(plans.response(p)).build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List plans of the caller's unit subtree")
    public Page<PlanResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("year") Integer year) {
        String unit = caller.unit();
        var params = io.quarkus.panache.common.Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (year != null) {
            q += " and year = :y";
            params = params.and("y", year);
        }
        return Page.of(InspectionPlan.find(q + " order by year desc, unitPath", params), page, plans::response);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One plan with its items and completion figures (kết quả thực hiện kế hoạch)")
    public PlanResponse get(@PathParam("id") UUID id) {
        InspectionPlan p = plans.plan(id);
        tags.tag(() -> p.version);
        return plans.response(p);
    }

    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Add a planned item to a plan")
    public PlanResponse addItem(@PathParam("id") UUID id, @Valid @NotNull PlanItemRequest request) {
        InspectionPlan p = plans.plan(id);
        tags.guard(p, () -> p.version);
        return plans.response(plans.addItem(id, request));
    }
}
