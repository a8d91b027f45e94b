package vn.minhbach.programs.rest;

import static vn.minhbach.programs.rest.Roles.AUDITOR;
import static vn.minhbach.programs.rest.Roles.LEADER;
import static vn.minhbach.programs.rest.Roles.PROGRAM_OFFICER;
import static vn.minhbach.programs.rest.Roles.UNIT_REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.programs.Conference;
import vn.minhbach.programs.rest.Views.ConferenceView;
import vn.minhbach.programs.service.ConferenceQueries;
import vn.minhbach.programs.service.ConferenceService;
import vn.minhbach.programs.service.command.NewConference;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/conferences")
@Tag(name = "Conferences (Hội nghị quán triệt, tuyên truyền)")
@Idempotent
public class ConferenceResource {

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceQueries queries;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Ghi nhận hội nghị (record a conference: điểm cầu, đại biểu)")
    public Response record(@Valid @NotNull NewConference in) {
        Conference c = conferences.record(in);
        return Response.created(URI.create("/api/v1/conferences/" + c.id)).entity(ConferenceView.of(c)).build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Danh sách hội nghị (conferences of the caller's unit subtree)")
    public Page<ConferenceView> list(@BeanParam @Valid PageRequest page) {
        return Pages.map(queries.ofSubtree(caller.unit(), page), ConferenceView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết hội nghị (one conference)")
    public ConferenceView get(@PathParam("id") long id) {
        return ConferenceView.of(conferences.conference(id));
    }
}
