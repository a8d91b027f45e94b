package vn.minhbach.petitions.rest;

import vn.minhbach.petitions.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.service.command.DeadlineRuleInput;
import vn.minhbach.petitions.service.CalendarService;
import vn.minhbach.chassis.idempotency.Idempotent;

@Path("/api/v1/deadline-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Deadline rules (Thời hạn giải quyết)", description = "Statutory time limits as data, with their legal basis")
@Idempotent
public class DeadlineRuleResource {

    @jakarta.inject.Inject
    vn.minhbach.chassis.http.EntityTags tags;

    @Inject
    CalendarService service;
    @Inject
    vn.minhbach.petitions.service.DeadlineRuleQueries rules;

    public record RuleView(Long id, String kind, int instance, String phase, String complexity, boolean remoteArea,
            int days, String countUnit, int maxExtensions, int extensionDays, String legalBasis,
            java.time.LocalDate effectiveFrom, java.time.LocalDate effectiveTo) {
        static RuleView of(DeadlineRule r) {
            return new RuleView(r.id, r.kind.name(), r.instance, r.phase.name(), r.complexity.name(), r.remoteArea,
                    r.days, r.countUnit.name(), r.maxExtensions, r.extensionDays, r.legalBasis, r.effectiveFrom,
                    r.effectiveTo);
        }
    }

    @GET
    @Operation(summary = "Danh sách quy định thời hạn")
    public List<RuleView> list() {
        return rules.all().stream().map(RuleView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một quy định thời hạn (header ETag: its version, for If-Match on a correction)")
    public RuleView get(@PathParam("id") Long id) {
        DeadlineRule r = rules.get(id);
        tags.tag(() -> r.version);
        return RuleView.of(r);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Thêm quy định thời hạn (admin)")
    public Response create(@NotNull @Valid DeadlineRuleInput body) {
        return Response.status(201).entity(RuleView.of(service.saveRule(null, body))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Sửa quy định thời hạn (admin); các thời hạn đang chạy theo quy định này được tính lại")
    public RuleView update(@PathParam("id") Long id, @NotNull @Valid DeadlineRuleInput body) {
        rules.find(id).ifPresent(current -> tags.guard(current, () -> current.version));
        DeadlineRule saved = service.saveRule(id, body);
        tags.tag(() -> saved.version);
        return RuleView.of(saved);
    }
}
