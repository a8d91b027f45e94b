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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.http.EntityTags;
import vn.minhbach.chassis.idempotency.Idempotent;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.inspections.service.RecommendationQueries;
import vn.minhbach.inspections.service.RecommendationService;
import vn.minhbach.inspections.service.command.RecommendationUpdateCommand;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations and follow-up (kiến nghị, theo dõi thực hiện kết luận)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class RecommendationResource {

    @Inject
    EntityTags tags;
    @Inject
    RecommendationService recommendations;
    @Inject
    RecommendationQueries queries;
    @Inject
    Views views;
    @Inject
    Caller caller;
    @Inject
    BusinessClock dates;

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Recommendations of the caller's teams; overdue=true lists the overdue ones (quá hạn)")
    public Page<RecommendationResponse> list(@BeanParam @Valid PageRequest page,
            @QueryParam("status") RecommendationStatus status, @QueryParam("overdue") boolean overdue) {
        String unit = caller.unit();
        var today = dates.today();
        return Views.page(queries.ofSubtree(unit, status, overdue, today, page),
                r -> views.recommendation(r, null, today));
    }

    @GET
    @Path("/open-for-my-unit")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN, Roles.UNIT_REPORTER})
    @Operation(summary = "Open or in-progress recommendations whose owner unit is in the caller's subtree (for the mobile overview)")
    public Page<RecommendationResponse> openForMyUnit(@BeanParam @Valid PageRequest page) {
        String unit = caller.unit();
        var today = dates.today();
        return Views.page(queries.openForOwner(unit, page), r -> views.recommendation(r, null, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One recommendation with its dated updates")
    public RecommendationResponse get(@PathParam("id") UUID id) {
        Recommendation r = queries.recommendation(id);
        tags.tag(() -> r.version);
        return views.recommendation(r, queries.updates(r.id), dates.today());
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Record a dated follow-up with evidence (cập nhật kết quả thực hiện kiến nghị)")
    @APIResponse(responseCode = "200", description = "The recommendation with the update (the first answer again on a repeated Idempotency-Key); header ETag",
            content = @Content(schema = @Schema(implementation = RecommendationResponse.class)))
    public RecommendationResponse update(@PathParam("id") UUID id,
            @Valid @NotNull RecommendationUpdateCommand request) {
        Recommendation r = queries.recommendation(id);
        tags.guard(r, () -> r.version);
        Recommendation updated = recommendations.addUpdate(id, request);
        return views.recommendation(updated, queries.updates(updated.id), dates.today());
    }
}
