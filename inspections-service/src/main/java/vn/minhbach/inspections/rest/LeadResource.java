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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.idempotency.Idempotent;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.Lead;
import vn.minhbach.inspections.LeadStatus;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.service.LeadQueries;
import vn.minhbach.inspections.service.LeadService;
import vn.minhbach.inspections.service.TeamQueries;
import vn.minhbach.inspections.service.command.DismissCommand;
import vn.minhbach.inspections.service.command.LeadTeamCommand;

@Path("/api/v1/leads")
@Tag(name = "Leads from petitions (đơn thư có dấu hiệu tham nhũng)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class LeadResource {

    @Inject
    LeadService leads;
    @Inject
    LeadQueries queries;
    @Inject
    TeamQueries teams;
    @Inject
    Views views;
    @Inject
    Caller caller;
    @Inject
    vn.minhbach.chassis.http.EntityTags tags;

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Triage list of leads of the caller's unit subtree")
    public Page<LeadResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("status") LeadStatus status) {
        return Views.page(queries.ofSubtree(caller.unit(), status, page), LeadResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One lead")
    public LeadResponse get(@PathParam("id") UUID id) {
        Lead l = queries.lead(id);
        tags.tag(() -> l.version);
        return LeadResponse.of(l);
    }

    @POST
    @Path("/{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Open a team on signs of violation from the lead (kiểm tra khi có dấu hiệu vi phạm)")
    @APIResponse(responseCode = "201", description = "The team opened (the first answer again on a repeated Idempotency-Key); header Location",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public Response openTeam(@PathParam("id") UUID id, @Valid @NotNull LeadTeamCommand request) {
        Lead l = queries.lead(id);
        tags.guard(l, () -> l.version);
        Team t = leads.openTeam(id, request);
        return Response.created(URI.create("/api/v1/teams/" + t.id)).entity(views.team(teams.withTargets(t, false)))
                .build();
    }

    @POST
    @Path("/{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Dismiss the lead with a reason")
    @APIResponse(responseCode = "200", description = "The lead dismissed (the first answer again on a repeated Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = LeadResponse.class)))
    public LeadResponse dismiss(@PathParam("id") UUID id, @Valid @NotNull DismissCommand request) {
        Lead l = queries.lead(id);
        tags.guard(l, () -> l.version);
        return LeadResponse.of(leads.dismiss(id, request));
    }
}
