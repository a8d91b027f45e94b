package vn.minhbach.programs.scope;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.minhbach.programs.Briefing;

/**
 * Test only: queries written without any unit condition, as a careless new endpoint would. Row-level
 * security must still give each caller only its subtree. Hidden from the OpenAPI document.
 */
@Path("/test/scope-probe")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"leader", "inspector", "program-officer", "auditor", "citizen"})
public class ScopeProbeResource {

    @Inject
    EntityManager em;

    @GET
    @Path("/entities")
    @Operation(hidden = true)
    public List<String> entities() {
        return Briefing.<Briefing>listAll().stream().map(e -> e.unitPath).distinct().sorted().toList();
    }

    @GET
    @Path("/native")
    @Operation(hidden = true)
    @SuppressWarnings("unchecked")
    public List<String> nativeSql() {
        return em.createNativeQuery("select distinct unit_path from briefing order by 1").getResultList();
    }

    @GET
    @Path("/entities/{id}")
    @Operation(hidden = true)
    public String one(@PathParam("id") String id) {
        Briefing e = em.find(Briefing.class, Long.valueOf(id));
        if (e == null) {
            throw new NotFoundException();
        }
        return e.unitPath;
    }
}
