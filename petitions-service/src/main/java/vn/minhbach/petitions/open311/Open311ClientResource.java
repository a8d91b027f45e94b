package vn.minhbach.petitions.open311;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.input.VisibleText;
import vn.minhbach.petitions.Roles;
import vn.minhbach.chassis.idempotency.Idempotent;

/** Registration of Open311 clients by an admin: the api_key is answered once, only its hash is kept. */
@Path("/api/v1/open311-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Open311 clients", description = "Registered citizen-reporting apps (admin)")
@Idempotent
public class Open311ClientResource {

    public record ClientRequest(@NotBlank @VisibleText(min = 3) @Size(max = 200) String name) {
    }

    @Inject
    Open311Clients clients;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerOpen311Client", summary = "Register an Open311 client (admin): answers its "
            + "api_key, shown this once")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Open311Views.Registered.class)))
    public Response register(@NotNull @Valid ClientRequest body) {
        Open311Views.Registered r = clients.register(body.name());
        return Response.status(201).entity(r).header("Cache-Control", "no-store").build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listOpen311Clients", summary = "The registered Open311 clients (admin), never a key")
    public List<Open311Views.ClientView> list() {
        return clients.list();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "revokeOpen311Client", summary = "Revoke an Open311 client's api_key (admin)")
    public Open311Views.ClientView revoke(@PathParam("id") UUID id) {
        return clients.revoke(id);
    }
}
