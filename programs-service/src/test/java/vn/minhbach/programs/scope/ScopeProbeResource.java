package vn.minhbach.programs.scope;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.minhbach.programs.Briefing;
import vn.minhbach.testing.ScopeProbe;

/**
 * Test only: {@link ScopeProbe}'s queries without any unit condition on programs-service's briefings (table
 * {@code briefing}). Hidden from the OpenAPI document.
 */
@Path("/test/scope-probe")
@RolesAllowed({"leader", "inspector", "program-officer", "auditor", "citizen"})
public class ScopeProbeResource {

    @Inject
    EntityManager em;

    @GET
    @Path("/{query: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Object probe(@PathParam("query") String query) {
        return ScopeProbe.answer(em, query, Briefing.class, "briefing", Long::valueOf, e -> e.unitPath);
    }
}
