package vn.minhbach.programs.changes;

import vn.minhbach.programs.rest.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * {@code GET /api/v1/changes}: the CloudEvents the services published, in the order they were
 * recorded here (each aggregate's in its own order), filtered to what the caller may see and
 * stripped of identities (issue 19.2; docs/integration.md section 5).
 */
@Path("/api/v1/changes")
@Tag(name = "Changes (luồng thay đổi)")
public class ChangeResource {

    public static final int MAX_LIMIT = 500;
    /** Below the gateway's 35 s timeout for this service. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);

    /** A page of the feed: events and the cursor to ask from next (the same cursor when empty). */
    @Schema(name = "ChangePage")
    public record ChangePage(
            @Schema(type = SchemaType.ARRAY, implementation = ChangeEvent.class,
                    description = "CloudEvents 1.0 in structured JSON, as the services publish them, without identities") List<JsonNode> items,
            @Schema(description = "Opaque cursor: send it as after to read on; an empty page answers the one sent") String next) {
    }

    /** The shape of one item (documentation of the OpenAPI document; items are served as stored). */
    @Schema(name = "ChangeEvent", description = "A CloudEvent 1.0 (docs/events): data holds unitPath and the event's fields")
    public record ChangeEvent(String specversion, String id, String source, String type,
            @Schema(description = "The aggregate id (a petition, team, task …)") String subject, String time,
            String datacontenttype, java.util.Map<String, Object> data) {
    }

    @Inject
    ChangeStore store;
    @Inject
    FeedAccess access;
    @Inject
    ChangeNotifier notifier;

    @GET
    @RolesAllowed({ Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR,
            Roles.PROGRAM_OFFICER, Roles.UNIT_REPORTER, Roles.LEADER, Roles.AUDITOR,
            Roles.ADMIN, Roles.PETITION_INTAKE })
    @Operation(operationId = "listChanges", summary = "Luồng thay đổi: các CloudEvent sau con trỏ after, trong phạm vi được xem")
    public ChangePage changes(@QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit,
            @QueryParam("types") String types, @QueryParam("wait") String wait) {
        long position = ChangeEvents.position(after);
        if (position > 0 && position < store.deletedThrough()) {
            // Events after this cursor were deleted by retention: read from the start again (and
            // reconcile by GET of the resources) rather than go on as if nothing was missed.
            throw new ProblemException(410, "changes.cursor-expired").withField("after");
        }
        Set<String> wanted = ChangeEvents.types(types);
        Duration waitFor = ChangeEvents.waitFor(wait, MAX_WAIT);
        FeedScope scope = access.scope();
        long deadline = System.nanoTime() + waitFor.toNanos();
        while (true) {
            long seen = notifier.generation();
            ChangeStore.Slice slice = store.after(scope, position, limit, wanted);
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (!slice.items().isEmpty() || left <= 0) {
                String next = slice.items().isEmpty() && after != null && !after.isEmpty() ? after
                        : ChangeEvents.cursor(slice.next());
                return new ChangePage(slice.items(), next);
            }
            try {
                notifier.awaitAfter(seen, Math.min(left, 1_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProblemException(503, "service-unavailable");
            }
        }
    }
}
