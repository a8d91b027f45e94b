package vn.minhbach.programs.rest;

import static vn.minhbach.programs.rest.Roles.AUDITOR;
import static vn.minhbach.programs.rest.Roles.LEADER;
import static vn.minhbach.programs.rest.Roles.PROGRAM_OFFICER;
import static vn.minhbach.programs.rest.Roles.UNIT_REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.Program;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.rest.Views.InstrumentView;
import vn.minhbach.programs.rest.Views.ProgramView;
import vn.minhbach.programs.rest.Views.ReviewView;
import vn.minhbach.programs.rest.Views.TaskView;
import vn.minhbach.programs.rest.Views.TopicView;
import vn.minhbach.programs.service.ProgramQueries;
import vn.minhbach.programs.service.ProgramService;
import vn.minhbach.programs.service.command.NewProgram;
import vn.minhbach.programs.service.command.NewTopic;

@Path("/api/v1/programs")
@Tag(name = "Programs (Chương trình)")
@Idempotent
public class ProgramResource {

    @Inject
    ProgramService programs;

    @Inject
    ProgramQueries queries;

    @Inject
    Caller caller;

    @Inject
    EntityTags tags;

    @POST
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Tạo chương trình (create a program, e.g. 10-CTr/TU)")
    public Response create(@Valid @NotNull NewProgram in) {
        Program p = programs.createProgram(in);
        return Response.created(URI.create("/api/v1/programs/" + p.id)).entity(ProgramView.of(p, List.of())).build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Danh sách chương trình (list programs)")
    public Page<ProgramView> list(@BeanParam @Valid PageRequest page) {
        // Programs issued above the caller (they direct its work) and those of its own subtree.
        return Pages.map(queries.concerning(caller.unit(), page), p -> ProgramView.of(p, null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết chương trình và chuyên đề (a program with its thematic topics)")
    public ProgramView get(@PathParam("id") long id) {
        ProgramQueries.ProgramWithTopics found = queries.withTopics(id);
        Program p = found.program();
        tags.tag(() -> p.version);
        return ProgramView.of(p, found.topics());
    }

    @POST
    @Path("{id}/topics")
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Thêm chuyên đề (add a thematic topic)")
    public Response addTopic(@PathParam("id") long id, @Valid @NotNull NewTopic in) {
        // a topic is part of the program's representation: its tag changes with it
        Program p = programs.owned(id);
        tags.guard(p, () -> p.version);
        Topic t = programs.addTopic(id, in);
        return Response.status(201).entity(TopicView.of(t)).build();
    }

    @GET
    @Path("review")
    @RolesAllowed({PROGRAM_OFFICER, LEADER, AUDITOR})
    @Operation(summary = "Rà soát chuyên đề, đề án chưa tích hợp nhiệm vụ, chỉ tiêu (review)")
    public ReviewView review(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit) {
        var r = queries.review(unit);
        return new ReviewView(
                r.topicsWithoutTasks().stream().map(TopicView::of).toList(),
                r.instrumentsWithoutTasks().stream().map(i -> InstrumentView.of(i, List.of())).toList(),
                r.tasksWithoutTargets().stream().map(t -> TaskView.of(t, null)).toList(),
                r.targetsWithoutDirective().stream().map(TaskView::of).toList());
    }
}
