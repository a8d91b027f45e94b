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
import vn.minhbach.chassis.http.EntityTags;
import vn.minhbach.chassis.idempotency.Idempotent;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamKind;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.service.ConclusionService;
import vn.minhbach.inspections.service.TeamQueries;
import vn.minhbach.inspections.service.TeamService;
import vn.minhbach.inspections.service.command.ConclusionCommand;
import vn.minhbach.inspections.service.command.DecisionCommand;
import vn.minhbach.inspections.service.command.PublishCommand;
import vn.minhbach.inspections.service.command.StartCommand;
import vn.minhbach.inspections.service.command.TeamCommand;

@Path("/api/v1/teams")
@Tag(name = "Inspection and supervision teams (đoàn kiểm tra, đoàn giám sát)")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class TeamResource {

    @Inject
    TeamService teams;
    @Inject
    ConclusionService conclusions;
    @Inject
    TeamQueries queries;
    @Inject
    Views views;
    @Inject
    Caller caller;
    @Inject
    EntityTags tags;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Set up a team with targets and members (thành lập đoàn); DECIDED when the decision number and date are given")
    public Response create(@Valid @NotNull TeamCommand request) {
        Team t = teams.create(request, null);
        return Response.created(URI.create("/api/v1/teams/" + t.id)).entity(view(t, false)).build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "List teams of the caller's unit subtree")
    public Page<TeamResponse> list(@BeanParam @Valid PageRequest page, @QueryParam("status") TeamStatus status,
            @QueryParam("kind") TeamKind kind) {
        return Views.page(queries.ofSubtree(caller.unit(), status, kind, page), views::team);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.LEADER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One team with targets, conclusion and recommendations")
    public TeamResponse get(@PathParam("id") UUID id) {
        Team t = queries.team(id);
        tags.tag(() -> t.version);
        return view(t, true);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEADER)
    @Operation(summary = "Decide a planned team (ra quyết định thành lập đoàn): PLANNED → DECIDED")
    @APIResponse(responseCode = "200", description = "The team after the step (the first answer again on a repeated Idempotency-Key); header ETag",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public TeamResponse decide(@PathParam("id") UUID id, @Valid @NotNull DecisionCommand request) {
        Team t = queries.team(id);
        tags.guard(t, () -> t.version);
        return view(teams.decide(id, request), false);
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Start the work (tiến hành kiểm tra): DECIDED → IN_PROGRESS")
    @APIResponse(responseCode = "200", description = "The team after the step (the first answer again on a repeated Idempotency-Key); header ETag",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public TeamResponse start(@PathParam("id") UUID id, @Valid @NotNull StartCommand request) {
        Team t = queries.team(id);
        tags.guard(t, () -> t.version);
        return view(teams.start(id, request), false);
    }

    @POST
    @Path("/{id}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Record the conclusion (kết luận kiểm tra/giám sát): IN_PROGRESS → CONCLUDED")
    @APIResponse(responseCode = "200", description = "The team after the step (the first answer again on a repeated Idempotency-Key); header ETag",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public TeamResponse conclude(@PathParam("id") UUID id, @Valid @NotNull ConclusionCommand request) {
        Team t = queries.team(id);
        tags.guard(t, () -> t.version);
        return view(conclusions.conclude(id, request), true);
    }

    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEADER)
    @Operation(summary = "Publish the result (công khai kết quả): CONCLUDED → PUBLISHED; leaders only")
    @APIResponse(responseCode = "200", description = "The team after the step (the first answer again on a repeated Idempotency-Key); header ETag",
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public TeamResponse publish(@PathParam("id") UUID id, @Valid @NotNull PublishCommand request) {
        Team t = queries.team(id);
        tags.guard(t, () -> t.version);
        return view(teams.publish(id, request), false);
    }

    private TeamResponse view(Team t, boolean withRecommendations) {
        return views.team(queries.withTargets(t, withRecommendations));
    }
}
