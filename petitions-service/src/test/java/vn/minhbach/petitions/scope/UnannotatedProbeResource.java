package vn.minhbach.petitions.scope;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only: a resource method a developer forgot to annotate with its roles. With
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints=true} it never runs. Hidden from the OpenAPI document.
 */
@Path("/test/unannotated")
public class UnannotatedProbeResource {

    @GET
    @Operation(hidden = true)
    public String ran() {
        return "ran";
    }
}
