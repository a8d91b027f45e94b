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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.http.EntityTags;
import vn.minhbach.chassis.idempotency.Idempotent;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.rest.Views.TargetView;
import vn.minhbach.programs.rest.Views.TaskView;
import vn.minhbach.programs.service.TaskQueries;
import vn.minhbach.programs.service.TaskService;
import vn.minhbach.programs.service.command.NewTask;
import vn.minhbach.programs.service.command.TargetRequest;

@Path("/api/v1/tasks")
@Tag(name = "Tasks and targets (Nhiệm vụ, chỉ tiêu)")
@Idempotent
public class TaskResource {

    @Inject
    TaskService service;

    @Inject
    Caller caller;

    @Inject
    TaskQueries tasks;

    @Inject
    EntityTags tags;

    @POST
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Giao nhiệm vụ (assign a task under a topic, instrument or solution group)")
    public Response create(@Valid @NotNull NewTask in) {
        ProgramTask t = service.createTask(in);
        return Response.created(URI.create("/api/v1/tasks/" + t.id)).entity(TaskView.of(t, null)).build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Nhiệm vụ của đơn vị (tasks of the caller's unit subtree)")
    public Page<TaskView> list(@QueryParam("status") ProgramTask.Status status, @BeanParam @Valid PageRequest page) {
        return Pages.map(tasks.ofSubtree(caller.unit(), status, page), TaskView::of);
    }

    @GET
    @Path("overdue-for-my-unit")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Nhiệm vụ quá hạn của đơn vị (overdue tasks of the caller's unit, for the mobile overview)")
    public Page<TaskView> overdueForMyUnit(@BeanParam @Valid PageRequest page) {
        return Pages.map(tasks.overdue(caller.unit(), page), TaskView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết nhiệm vụ (one task with its target)")
    public TaskView get(@PathParam("id") long id) {
        TaskQueries.TaskWithTarget t = tasks.withTarget(id);
        tags.tag(() -> t.task().version);
        return TaskView.of(t);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Lịch sử nhiệm vụ (hand-overs to a successor unit, oldest first)")
    public List<Views.TaskHistoryView> history(@PathParam("id") long id) {
        return tasks.history(id).stream().map(Views.TaskHistoryView::of).toList();
    }

    @PUT
    @Path("{id}/target")
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Đặt chỉ tiêu cho nhiệm vụ (set the task's target)")
    public TargetView setTarget(@PathParam("id") long id, @Valid @NotNull TargetRequest in) {
        // the target is part of the task's representation: its tag changes with it
        ProgramTask t = service.task(id);
        tags.guard(t, () -> t.version);
        return TargetView.of(service.setTarget(id, in));
    }
}
