package vn.minhbach.inspections.scope;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.minhbach.inspections.PartyOrganisation;
import vn.minhbach.testing.ScopeProbe;

/**
 * Test only: {@link ScopeProbe}'s queries without any unit condition on inspections-service's party organisations (table
 * {@code party_organisation}). Hidden from the OpenAPI document.
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
        return ScopeProbe.answer(em, query, PartyOrganisation.class, "party_organisation", java.util.UUID::fromString, e -> e.unitPath);
    }
}
