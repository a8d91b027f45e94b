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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.programs.rest.Views.BriefingView;
import vn.minhbach.programs.service.BriefingQueries;
import vn.minhbach.programs.service.ConferenceService;
import vn.minhbach.programs.service.command.NewBriefing;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/briefings")
@Tag(name = "Briefings (Giao ban)")
@Idempotent
public class BriefingResource {

    @Inject
    ConferenceService conferences;

    @Inject
    BriefingQueries briefings;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Ghi sổ giao ban (log a periodic briefing)")
    public Response log(@Valid @NotNull NewBriefing in) {
        return Response.status(201).entity(BriefingView.of(conferences.log(in))).build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Sổ giao ban (briefings log of the caller's unit subtree)")
    public Page<BriefingView> list(@BeanParam @Valid PageRequest page) {
        return Pages.map(briefings.ofSubtree(caller.unit(), page), BriefingView::of);
    }
}
