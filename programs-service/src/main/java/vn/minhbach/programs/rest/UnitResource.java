package vn.minhbach.programs.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.http.EntityTags;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.units.Unit;
import vn.minhbach.programs.service.UnitQueries;
import vn.minhbach.programs.service.UnitRegistryService;
import vn.minhbach.chassis.idempotency.Idempotent;

/**
 * The unit directory (danh mục đơn vị) for apps and integrators, and the administrator's changes to
 * it. Reads: any authenticated caller, and the public form under {@code /api/v1/public/units}.
 */
@Path("/api/v1")
@Tag(name = "Units (danh mục đơn vị hành chính, tổ chức đảng)")
@Idempotent
public class UnitResource {


    @Inject
    UnitQueries units;
    @Inject
    EntityTags tags;

    @Inject
    UnitRegistryService service;

    /** One unit of the directory. */
    public record UnitView(String path, String name, Unit.Level level, List<String> bodies, String parent,
            LocalDate validFrom, LocalDate validTo, List<String> successors, String source) {
        static UnitView of(Unit u) {
            return new UnitView(u.path(), u.name(), u.level(), u.bodies(), u.parent(), u.validFrom(), u.validTo(),
                    u.successors(), u.source());
        }
    }

    /** A unit with the units below it (tree view). */
    public record UnitNode(UnitView unit, List<UnitNode> children) {
        static UnitNode of(UnitQueries.Node n) {
            return new UnitNode(UnitView.of(n.unit()), n.children().stream().map(UnitNode::of).toList());
        }
    }

    /**
     * A unit, where it came from and where it went: its predecessors (units naming it as successor),
     * successors, children, and {@code history}, the administrator's recorded changes of it (created,
     * changed, retired, work handed over), oldest first.
     */
    public record UnitDetail(UnitView unit, List<UnitView> predecessors, List<UnitView> successors,
            List<UnitView> children, long version, List<UnitQueries.Change> history) {
        static UnitDetail of(UnitQueries.Detail d) {
            return new UnitDetail(UnitView.of(d.unit()), views(d.predecessors()), views(d.successors()),
                    views(d.children()), d.unit().version(), d.history());
        }

        private static List<UnitView> views(List<Unit> units) {
            return units.stream().map(UnitView::of).toList();
        }
    }

    public record NewUnit(
            @NotNull @Pattern(regexp = UnitPath.REGEX) String path,
            @NotBlank @Size(max = 200) String name,
            @NotNull Unit.Level level,
            @Size(max = 4) List<@NotBlank String> bodies,
            @Pattern(regexp = UnitPath.REGEX) String parent,
            LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 50) List<@NotNull @Pattern(regexp = UnitPath.REGEX) String> successors,
            @NotBlank @Size(max = 2000) String source) {
    }

    public record UnitUpdate(
            @Size(max = 200) String name,
            @Size(max = 4) List<@NotBlank String> bodies,
            LocalDate validFrom,
            LocalDate validTo,
            @Size(max = 50) List<@NotNull @Pattern(regexp = UnitPath.REGEX) String> successors,
            @NotBlank @Size(max = 2000) String source) {
    }

    public record HandOver(@NotNull @Pattern(regexp = UnitPath.REGEX) String successor) {
    }

    @GET
    @Path("/units")
    @Authenticated
    @Operation(summary = "Danh mục đơn vị (flat, paged; ?at= valid on a day, ?q= name without accents, ?level=, ?parent=)")
    public Page<UnitView> list(@BeanParam @Valid PageRequest page, @QueryParam("at") LocalDate at,
            @QueryParam("q") @Size(max = 100) String q, @QueryParam("level") Unit.Level level,
            @QueryParam("parent") @Pattern(regexp = UnitPath.REGEX) String parent) {
        return page(page, at, q, level, parent);
    }

    private Page<UnitView> page(PageRequest page, LocalDate at, String q, Unit.Level level, String parent) {
        return Pages.map(units.page(page, at, q, level, parent), UnitView::of);
    }

    @GET
    @Path("/units/tree")
    @Authenticated
    @Operation(summary = "Cây đơn vị (the units valid on ?at=, default today, as a tree from ?root=, default 01)")
    public UnitNode tree(@QueryParam("at") LocalDate at, @QueryParam("root") @Pattern(regexp = UnitPath.REGEX) String root) {
        return UnitNode.of(units.tree(at, root));
    }

    @GET
    @Path("/units/{path}")
    @Authenticated
    @Operation(summary = "Một đơn vị, lịch sử và đơn vị kế thừa (a unit with its predecessors, successors and children)")
    public UnitDetail get(@PathParam("path") String path) {
        return detail(path);
    }

    private UnitDetail detail(String path) {
        UnitQueries.Detail d = units.detail(path);
        tags.tag(d.unit()::version);
        return UnitDetail.of(d);
    }

    @GET
    @Path("/public/units")
    @PermitAll
    @Operation(summary = "Danh mục đơn vị cho biểu mẫu công khai (public form: which units a petition may be filed with)")
    public Page<UnitView> publicList(@BeanParam @Valid PageRequest page, @QueryParam("at") LocalDate at,
            @QueryParam("q") @Size(max = 100) String q, @QueryParam("level") Unit.Level level,
            @QueryParam("parent") @Pattern(regexp = UnitPath.REGEX) String parent) {
        return page(page, at, q, level, parent);
    }

    @GET
    @Path("/public/units/{path}")
    @PermitAll
    @Operation(summary = "Một đơn vị (public form)")
    public UnitDetail publicGet(@PathParam("path") String path) {
        return detail(path);
    }

    @POST
    @Path("/units")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm đơn vị (administrator; audited; announces unit.created)")
    public Response create(@Valid @NotNull NewUnit in) {
        Unit u = service.create(new UnitRegistryService.UnitChange(in.path(), in.name(), in.level(), in.bodies(),
                in.parent(), in.validFrom(), in.validTo(), in.successors(), in.source()));
        return Response.created(URI.create("/api/v1/units/" + u.path())).entity(UnitView.of(u)).build();
    }

    @PUT
    @Path("/units/{path}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa đơn vị, giải thể và nêu đơn vị kế thừa (administrator; audited; unit.changed or unit.retired)")
    public UnitView change(@PathParam("path") String path, @Valid @NotNull UnitUpdate in) {
        // If-Match against the version read; the registry's compare-and-set refuses a change in between (409)
        units.find(path).ifPresent(u -> tags.requireMatch(u.version()));
        Unit changed = service.change(path, new UnitRegistryService.UnitChange(path, in.name(), null, in.bodies(),
                null, in.validFrom(), in.validTo(), in.successors(), in.source()));
        tags.tag(changed::version);
        return UnitView.of(changed);
    }

    @POST
    @Path("/units/{path}/succession")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Chuyển công việc đang mở của đơn vị đã giải thể cho đơn vị kế thừa (unit.succession)")
    public Response handOver(@PathParam("path") String path, @Valid @NotNull HandOver in) {
        // the hand-over runs in the system scope (row-level security): see UnitRegistryService.handOverAsSystem
        return Response.accepted(service.handOverAsSystem(path, in.successor())).build();
    }
}
