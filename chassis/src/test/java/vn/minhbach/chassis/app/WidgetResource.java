package vn.minhbach.chassis.app;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;

/** Test-only endpoints that exercise every problem kind, paging and unit scope. */
@Path("/test/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WidgetResource {

    public enum Colour { RED, GREEN }

    public record Part(@NotBlank @Size(max = 20) String name) {
    }

    public record CreateWidget(
            @NotBlank @Size(max = 50) String name,
            @NotNull @PastOrPresent LocalDate receivedDate,
            @Min(1) @Max(10) int count,
            @Email String email,
            @Pattern(regexp = UnitPath.REGEX) String unitPath,
            Colour colour,
            @Valid @NotEmpty List<@Valid @NotNull Part> parts) {
    }

    public record WidgetView(String id, String name, long version) {
    }

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @POST
    @PermitAll
    @Transactional
    public WidgetView create(@Valid @NotNull CreateWidget request) {
        Widget w = new Widget();
        w.id = java.util.UUID.randomUUID().toString();
        w.name = request.name();
        w.persist();
        outbox.publish("widget", w.id, "widget.created", Map.of("name", w.name));
        return new WidgetView(w.id, w.name, w.version);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public WidgetView get(@PathParam("id") String id) {
        Widget w = Widget.findById(id);
        if (w == null) {
            throw ProblemException.notFound("widget.not-found", id);
        }
        return new WidgetView(w.id, w.name, w.version);
    }

    /** Renames with the client's version: a stale version is a 409. */
    @PUT
    @Path("/{id}")
    @PermitAll
    @Transactional
    public WidgetView rename(@PathParam("id") String id, @QueryParam("version") long version,
            @Valid @NotNull Part part) {
        Widget w = Widget.findById(id);
        if (w == null) {
            throw ProblemException.notFound("widget.not-found", id);
        }
        Widget.getEntityManager().detach(w);
        w.version = version;
        w.name = part.name();
        w = Widget.getEntityManager().merge(w);
        Widget.flush();
        return new WidgetView(w.id, w.name, w.version);
    }

    @GET
    @Path("/admin-only")
    @RolesAllowed("admin")
    public String adminOnly() {
        return "ok";
    }

    @GET
    @Path("/mine")
    public Map<String, Object> mine() {
        return Map.of("user", caller.name(), "unit", caller.unit(), "covers0101", caller.covers("01.021.00611"));
    }

    @GET
    @Path("/page")
    @PermitAll
    public Page<String> page(@BeanParam @Valid PageRequest page) {
        List<String> all = java.util.stream.IntStream.range(0, 45).mapToObj(i -> "item-" + i).toList();
        int from = Math.min(page.page * page.size, all.size());
        int to = Math.min(from + page.size, all.size());
        return new Page<>(all.subList(from, to), page.page, page.size, all.size());
    }

    @GET
    @Path("/named/{name}")
    @PermitAll
    public Page<WidgetView> named(@PathParam("name") String name, @BeanParam @Valid PageRequest page) {
        io.quarkus.hibernate.orm.panache.PanacheQuery<Widget> query = Widget.find("name = ?1 order by id", name);
        return Pages.of(query, page, (Widget w) -> new WidgetView(w.id, w.name, w.version));
    }

    /** Echoes typed path and query parameters (strict conversion of UUID, enum, date, number). */
    @GET
    @Path("/typed/{id}")
    @PermitAll
    public Map<String, Object> typed(@PathParam("id") java.util.UUID id, @QueryParam("colour") Colour colour,
            @QueryParam("from") LocalDate from, @QueryParam("n") Integer n) {
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("id", id.toString());
        answer.put("colour", colour == null ? "absent" : colour.name());
        answer.put("from", from == null ? "absent" : from.toString());
        answer.put("n", n == null ? "absent" : n);
        return answer;
    }

    /** Echoes a boxed and a primitive boolean query parameter (strict conversion). */
    @GET
    @Path("/flags")
    @PermitAll
    public Map<String, Object> flags(@QueryParam("archived") Boolean archived, @QueryParam("urgent") boolean urgent) {
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("archived", archived == null ? "absent" : archived);
        answer.put("urgent", urgent);
        return answer;
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("secret internal detail vn.minhbach.Secret");
    }

    /**
     * Writes a widget, then has the database end this transaction's connection (as a PostgreSQL
     * restart does) before the commit: the commit itself fails, not a statement.
     */
    @POST
    @Path("/connection-lost-before-commit")
    @PermitAll
    @Transactional
    public WidgetView connectionLostBeforeCommit() {
        Widget w = new Widget();
        w.id = java.util.UUID.randomUUID().toString();
        w.name = "lost";
        w.persist();
        Widget.flush();
        var em = Widget.getEntityManager();
        Number pid = (Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Widget.getEntityManager()
                .createNativeQuery("select pg_terminate_backend(" + pid.intValue() + ")").getSingleResult());
        return new WidgetView(w.id, w.name, 0);
    }

    @POST
    @Path("/text")
    @PermitAll
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String text(String body) {
        return body;
    }
}
