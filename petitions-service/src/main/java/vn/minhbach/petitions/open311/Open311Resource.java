package vn.minhbach.petitions.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.PetitionKind;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), JSON format, for citizen-reporting
 * apps: recommendations and feedback only. No bearer token: {@code api_key} names a registered client
 * (POST and the reads of requests), and a client reads back only the requests it submitted. Errors are
 * the spec's own format, a JSON array of {@code {code, description}} with 400, 403 or 404, not RFC 9457
 * problem documents: the exception mappers of this class turn every refusal into that array.
 */
@Path("/open311/v2")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
@Tag(name = "Open311 GeoReport v2", description = "Kiến nghị, phản ánh from citizen-reporting apps (api_key)")
public class Open311Resource {

    private static final Logger LOG = Logger.getLogger(Open311Resource.class);
    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    Open311Service open311;
    @Inject
    Open311Clients clients;

    @GET
    @Path("/discovery.json")
    @PermitAll
    @Operation(operationId = "open311Discovery", summary = "Open311 service discovery")
    @APIResponse(responseCode = "200", description = "The discovery document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Open311Views.Discovery.class)))
    public Response discovery(@Context UriInfo uri) {
        String url = uri.getBaseUriBuilder().path("open311/v2").build().toString();
        return ok(new Open311Views.Discovery("2026-12-07T00:00:00+07:00", "Minh Bạch, Hà Nội",
                uri.getBaseUriBuilder().path("docs/integration.md").build().toString(),
                List.of(new Open311Views.Endpoint("http://wiki.open311.org/GeoReport_v2", url,
                        "2026-12-07T00:00:00+07:00", "production", List.of("application/json")))));
    }

    @GET
    @Path("/services.json")
    @PermitAll
    @Operation(operationId = "open311Services", summary = "Open311 services: RECOMMENDATION and FEEDBACK")
    @APIResponse(responseCode = "200", description = "The services",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Service.class)))
    @APIResponse(responseCode = "404", description = "jurisdiction_id not found", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    public Response services(@Parameter(description = "A unit path; optional") @QueryParam("jurisdiction_id") String jurisdiction) {
        jurisdiction(jurisdiction);
        return ok(open311.services());
    }

    @GET
    @Path("/services/{service_code}.json")
    @PermitAll
    @Operation(operationId = "open311ServiceDefinition", summary = "Open311 service definition (its attributes)")
    @APIResponse(responseCode = "200", description = "The service definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Open311Views.Definition.class)))
    @APIResponse(responseCode = "404", description = "service_code or jurisdiction_id not found", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    public Response definition(@PathParam("service_code") String code,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        jurisdiction(jurisdiction);
        PetitionKind kind = open311.service(code, 404);
        return ok(open311.definition(kind));
    }

    @POST
    @Path("/requests.json")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "open311CreateRequest", summary = "Open311 POST service request: records a RECEIVED "
            + "petition (kiến nghị or phản ánh) of the unit jurisdiction_id. Form fields: api_key, jurisdiction_id, "
            + "service_code, lat+long or address_string or address_id, description (1-4000), optional first_name, "
            + "last_name, email, phone (stored encrypted as the petitioner, never returned), device_id, "
            + "account_id, media_url, attribute[domain][], attribute[subject], attribute[subject_kind], "
            + "attribute[subject_unit]")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "201", description = "Created: an array of one",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Created.class)))
    @APIResponse(responseCode = "400", description = "Invalid or missing fields, unknown service_code or jurisdiction_id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    @APIResponse(responseCode = "403", description = "api_key missing, unknown or revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    public Response create(@QueryParam("api_key") String queryKey, MultivaluedMap<String, String> form) {
        Map<String, List<String>> fields = new LinkedHashMap<>(form == null ? Map.of() : form);
        String key = Open311Service.one(fields, "api_key");
        Open311Client client = clients.authenticate(key != null ? key : queryKey);
        Open311Views.Created created = open311.submit(client, fields);
        return Response.status(201).type(JSON).entity(List.of(created)).header("Cache-Control", "no-store").build();
    }

    /** Any body that is not a form: the spec's error array (the chassis would answer a 415 problem). */
    @POST
    @Path("/requests.json")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response notAForm() {
        throw Open311Exception.of(415, "the body must be application/x-www-form-urlencoded");
    }

    @GET
    @Path("/requests.json")
    @PermitAll
    @Operation(operationId = "open311ListRequests", summary = "Open311 GET service requests: the client's own, "
            + "newest first, at most 1000; default the last 90 days")
    @APIResponse(responseCode = "200", description = "The requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.ServiceRequest.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    @APIResponse(responseCode = "403", description = "api_key missing, unknown or revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    public Response list(@QueryParam("api_key") String apiKey, @QueryParam("jurisdiction_id") String jurisdiction,
            @Parameter(description = "Comma-separated ids; the other filters are then ignored")
            @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String serviceCode,
            @Parameter(description = "w3 date-time with a zone, e.g. 2026-12-01T00:00:00+07:00")
            @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate,
            @Parameter(description = "open, closed or open,closed") @QueryParam("status") String status) {
        Open311Client client = clients.authenticate(apiKey);
        jurisdiction(jurisdiction);
        return ok(open311.search(client, ids, serviceCode, startDate, endDate, status));
    }

    @GET
    @Path("/requests/{service_request_id}.json")
    @PermitAll
    @Operation(operationId = "open311GetRequest", summary = "Open311 GET one service request (an array of one)")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.ServiceRequest.class)))
    @APIResponse(responseCode = "403", description = "api_key missing, unknown or revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    @APIResponse(responseCode = "404", description = "No request of this client has this id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Error.class)))
    public Response one(@PathParam("service_request_id") String id, @QueryParam("api_key") String apiKey,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        Open311Client client = clients.authenticate(apiKey);
        jurisdiction(jurisdiction);
        return ok(List.of(open311.one(client, id)));
    }

    /** An optional jurisdiction_id of a read: a unit of the registry, else the spec's 404. */
    private void jurisdiction(String unit) {
        open311.readJurisdiction(unit);
    }

    private static Response ok(Object body) {
        return Response.ok(body).type(JSON).build();
    }

    // ---- the spec's error format for every refusal of this class ------------------------------------

    @ServerExceptionMapper
    public Response open311(Open311Exception e) {
        return Response.status(e.status()).type(JSON).entity(e.errors()).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        int status = e.status() == 403 || e.status() == 404 ? e.status() : e.status() >= 500 ? e.status() : 400;
        return errors(status, e.key());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        return errors(400, "invalid input");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Open311 failure");
            return errors(500, "internal error");
        }
        return errors(status, switch (status) {
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "only application/json is served";
            case 415 -> "the body must be application/x-www-form-urlencoded";
            default -> "bad request";
        });
    }

    private static Response errors(int status, String description) {
        return Response.status(status).type(JSON).entity(List.of(new Open311Views.Error(status, description))).build();
    }
}
