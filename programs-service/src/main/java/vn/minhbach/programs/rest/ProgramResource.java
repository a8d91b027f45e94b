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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.Program;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.rest.Views.InstrumentView;
import vn.minhbach.programs.rest.Views.ProgramView;
import vn.minhbach.programs.rest.Views.ReviewView;
import vn.minhbach.programs.rest.Views.TaskView;
import vn.minhbach.programs.rest.Views.TopicView;
import vn.minhbach.programs.service.ProgramService;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/programs")
@Tag(name = "Programs (Chương trình)")
@Idempotent
public class ProgramResource {

    @Inject
    ProgramService programs;

    @Inject
    Caller caller;

    @Inject
    vn.minhbach.chassis.http.EntityTags tags;

    @POST
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Tạo chương trình (create a program, e.g. 10-CTr/TU)")
    public Response create(@Valid @NotNull Requests.NewProgram in) {
        Program p = programs.createProgram(in);
        return Response.created(URI.create("/api/v1/programs/" + p.id)).entity(ProgramView.of(p, java.util.List.of()))
                .build();
    }

    @GET
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Danh sách chương trình (list programs)")
    public Page<ProgramView> list(@BeanParam @Valid PageRequest page) {
        // Programs issued above the caller (they direct its work) and those of its own subtree.
        String unit = caller.unit();
        return Page.of(Program.<Program>find("unitPath in ?1 or unitPath like ?2 order by code",
                UnitPath.ancestorsOrSelf(unit), UnitPath.descendantsPattern(unit)), page, p -> ProgramView.of(p, null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PROGRAM_OFFICER, UNIT_REPORTER, LEADER, AUDITOR})
    @Operation(summary = "Chi tiết chương trình và chuyên đề (a program with its thematic topics)")
    public ProgramView get(@PathParam("id") long id) {
        Program p = programs.program(id);
        if (!UnitPath.concerns(p.unitPath, caller.unit())) {
            throw ProblemException.notFound("program.not-found", String.valueOf(id));
        }
        tags.tag(() -> p.version);
        return ProgramView.of(p, Topic.list("programId = ?1 order by number", id));
    }

    @POST
    @Path("{id}/topics")
    @RolesAllowed(PROGRAM_OFFICER)
    @Operation(summary = "Thêm chuyên đề (add a thematic topic)")
    public Response addTopic(@PathParam("id") long id, @Valid @NotNull Requests.NewTopic in) {
        // a topic is part of the program's representation: its tag changes with it
        Program p = programs.program(id);
        caller.requireScope(p.unitPath, "program.not-found", String.valueOf(id));
        tags.guard(p, () -> p.version);
        Topic t = programs.addTopic(id, in);
        return Response.status(201).entity(TopicView.of(t)).build();
    }

    @GET
    @Path("review")
    @RolesAllowed({PROGRAM_OFFICER, LEADER, AUDITOR})
    @Operation(summary = "Rà soát chuyên đề, đề án chưa tích hợp nhiệm vụ, chỉ tiêu (review)")
    public ReviewView review(@QueryParam("unit") @Pattern(regexp = UnitPath.REGEX) String unit) {
        String root = unit == null ? caller.unit() : unit;
        caller.requireScope(root, "unit.not-found", root);
        var r = programs.review(root);
        return new ReviewView(
                r.topicsWithoutTasks().stream().map(TopicView::of).toList(),
                r.instrumentsWithoutTasks().stream().map(i -> InstrumentView.of(i, java.util.List.of())).toList(),
                r.tasksWithoutTargets().stream().map(t -> TaskView.of(t, null)).toList(),
                r.targetsWithoutDirective().stream()
                        .map(t -> TaskView.of(t, vn.minhbach.programs.Target.ofTask(t.id))).toList());
    }
}
