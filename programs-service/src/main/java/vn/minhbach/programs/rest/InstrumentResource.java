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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.idempotency.Idempotent;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.rest.Views.InstrumentView;
import vn.minhbach.programs.service.InstrumentQueries;
import vn.minhbach.programs.service.InstrumentService;
import vn.minhbach.programs.service.command.NewInstrument;

@Path("/api/v1/instruments")
@Tag(name = "Instruments (Kế hoạch, Đề án, Kết luận, Chỉ thị, Nghị quyết)")
@Idempotent
public class InstrumentResource {

    @Inject
    InstrumentService instruments;

    @Inject
    InstrumentQueries queries;

    @POST
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Ghi nhận văn bản (record a plan, project with solution groups, conclusion, directive, resolution)")
    public Response create(@Valid @NotNull NewInstrument in) {
        Instrument i = instruments.createInstrument(in);
        return Response.created(URI.create("/api/v1/instruments/" + i.id)).entity(InstrumentView.of(queries.withGroups(i)))
                .build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Danh sách văn bản (list instruments, optionally of one program)")
    public Page<InstrumentView> list(@QueryParam("programId") Long programId, @BeanParam @Valid PageRequest page) {
        return Pages.map(queries.page(programId, page), InstrumentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết văn bản (one instrument)")
    public InstrumentView get(@PathParam("id") long id) {
        return InstrumentView.of(queries.withGroups(id));
    }
}
