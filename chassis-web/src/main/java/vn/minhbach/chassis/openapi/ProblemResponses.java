package vn.minhbach.chassis.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes every service's OpenAPI document one a client generator can trust (issue 19.5): each
 * operation has an {@code operationId} (the one its annotation or the strategy gave it, else one made
 * from the method and path), and declares the errors the chassis answers as RFC 9457 problem documents
 * ({@code application/problem+json}, schema {@code Problem}): 400, 401 and 403 (unless public), 404
 * (for a path with a parameter), 409 (for a change), 429, 500 and 503. Open311 GeoReport v2 paths
 * ({@code /open311/...}) declare the spec's own error arrays themselves and get only 429, 500 and 503. Registered for every service
 * through the chassis' {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}).
 */
public class ProblemResponses implements OASFilter {

    public static final String PROBLEM = "Problem";
    static final String REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(PROBLEM, problemSchema());
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.forEach((method, op) -> complete(path.getKey(), method, op));
        }
    }

    static void complete(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getOperationId() == null || op.getOperationId().isBlank()) {
            op.setOperationId(operationId(method.name(), path));
        }
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        boolean open = path.startsWith("/api/v1/public/") || path.startsWith("/q/")
                || (op.getSecurity() != null && op.getSecurity().isEmpty());
        boolean change = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        APIResponses responses = op.getResponses();
        if (path.startsWith("/open311/")) {
            // Open311 GeoReport v2 answers its own error format (an array of {code, description}),
            // declared by its operations; only the gateway's and the last resort's answers are problems.
            add(responses, "429", "Rate limit reached (Retry-After)");
            add(responses, "500", "Unexpected failure (errorId)");
            add(responses, "503", "A dependency is unavailable (Retry-After)");
            return;
        }
        add(responses, "400", "Invalid input (per-field errors) or a malformed parameter");
        if (!open) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "A role this operation needs is missing");
        }
        if (path.contains("{")) {
            add(responses, "404", "Absent, or outside the caller's unit subtree");
        }
        if (change) {
            add(responses, "409", "Invalid state transition, stale version, duplicate or reused idempotency key");
        }
        add(responses, "429", "Rate limit reached (Retry-After)");
        add(responses, "500", "Unexpected failure (errorId)");
        add(responses, "503", "A dependency is unavailable (Retry-After)");
    }

    private static void add(APIResponses responses, String code, String description) {
        var problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF));
        var existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType("application/problem+json", problem)));
        } else if (existing.getRef() == null && (existing.getContent() == null
                || existing.getContent().getMediaType("application/problem+json") == null)) {
            // declared without a body (Quarkus adds 401/403 for secured operations): the body is a problem
            if (existing.getContent() == null) {
                existing.setContent(OASFactory.createContent());
            }
            existing.getContent().addMediaType("application/problem+json", problem);
        }
    }

    /** {@code POST /api/v1/petitions/{id}/transitions} → {@code postPetitionsIdTransitions}. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/v\\d+", "").split("[/{}_.-]+")) {
            if (!segment.isEmpty()) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document; title and detail in Vietnamese, English with "
                        + "Accept-Language: en")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("https://minhbach.vn/problems/<key>: stable, for programs to branch on"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("errorId", string);
    }
}
