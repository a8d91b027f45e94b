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
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.programs.ProgressReport;
import vn.minhbach.programs.rest.Views.ProgressReportView;
import vn.minhbach.programs.service.ProgressReportQueries;
import vn.minhbach.programs.service.ProgressService;
import vn.minhbach.programs.service.command.NewProgressReport;
import vn.minhbach.programs.service.command.ReturnReport;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/progress-reports")
@Tag(name = "Progress reports (Báo cáo tiến độ)")
@Idempotent
public class ProgressReportResource {

    @Inject
    ProgressService progress;

    @Inject
    ProgressReportQueries queries;

    @Inject
    Caller caller;

    @Inject
    vn.minhbach.chassis.http.EntityTags tags;

    @POST
    @RolesAllowed(UNIT_REPORTER)
    @Operation(summary = "Nộp báo cáo tiến độ (submit progress for a task and period)")
    public Response submit(@Valid @NotNull NewProgressReport in) {
        ProgressReport r = progress.submit(in);
        return Response.created(URI.create("/api/v1/progress-reports/" + r.id)).entity(ProgressReportView.of(r)).build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Danh sách báo cáo tiến độ (progress reports of the caller's unit subtree)")
    public Page<ProgressReportView> list(@QueryParam("taskId") Long taskId,
            @QueryParam("status") ProgressReport.Status status, @BeanParam @Valid PageRequest page) {
        return Pages.map(queries.ofSubtree(caller.unit(), taskId, status, page), ProgressReportView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết báo cáo tiến độ (one progress report)")
    public ProgressReportView get(@PathParam("id") long id) {
        ProgressReport r = progress.report(id);
        tags.tag(() -> r.version);
        return ProgressReportView.of(r);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Chấp nhận báo cáo (accept a progress report)")
    public ProgressReportView accept(@PathParam("id") long id) {
        ProgressReport r = progress.report(id);
        tags.guard(r, () -> r.version);
        return ProgressReportView.of(progress.accept(id));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Trả lại báo cáo kèm lý do (return a progress report with a reason)")
    public ProgressReportView returnReport(@PathParam("id") long id, @Valid @NotNull ReturnReport in) {
        ProgressReport r = progress.report(id);
        tags.guard(r, () -> r.version);
        return ProgressReportView.of(progress.returnReport(id, in));
    }
}
