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
import java.util.List;
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
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.inspections.service.RecommendationService;

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
        var params = io.quarkus.panache.common.Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (status != null) {
            q += " and status = :s";
            params = params.and("s", status);
        }
        if (overdue) {
            q += " and dueDate < :today and status in :outstanding";
            params = params.and("today", today).and("outstanding", List.of(RecommendationStatus.OPEN,
                    RecommendationStatus.IN_PROGRESS, RecommendationStatus.PARTIALLY_IMPLEMENTED));
        }
        return Page.of(Recommendation.<Recommendation>find(q + " order by dueDate, id", params), page,
                r -> views.recommendation(r, false, today));
    }

    @GET
    @Path("/open-for-my-unit")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN, Roles.UNIT_REPORTER})
    @Operation(summary = "Open or in-progress recommendations whose owner unit is in the caller's subtree (for the mobile overview)")
    public Page<RecommendationResponse> openForMyUnit(@BeanParam @Valid PageRequest page) {
        String unit = caller.unit();
        var today = dates.today();
        return Page.of(Recommendation.<Recommendation>find("(ownerUnit = ?1 or ownerUnit like ?2) and status in ?3 order by dueDate, id",
                unit, UnitPath.descendantsPattern(unit),
                List.of(RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS)), page,
                r -> views.recommendation(r, false, today));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One recommendation with its dated updates")
    public RecommendationResponse get(@PathParam("id") UUID id) {
        Recommendation r = recommendations.recommendation(id);
        tags.tag(() -> r.version);
        return views.recommendation(r, true, dates.today());
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Record a dated follow-up with evidence (cập nhật kết quả thực hiện kiến nghị)")
    @APIResponse(responseCode = "200", description = "The recommendation with the update (the first answer again on a repeated Idempotency-Key); header ETag",
            content = @Content(schema = @Schema(implementation = RecommendationResponse.class)))
    public RecommendationResponse update(@PathParam("id") UUID id, @Valid @NotNull RecommendationUpdateRequest request) {
        Recommendation r = recommendations.recommendation(id);
        tags.guard(r, () -> r.version);
        return views.recommendation(recommendations.addUpdate(id, request), true, dates.today());
    }
}
