package vn.minhbach.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.5: the document an integrator downloads from the gateway ({@code /q/openapi}, every
 * service's operations merged) is valid for a standard validator (swagger-parser, with every
 * {@code $ref} resolved), and each operation names itself uniquely, says which roles may call it and
 * how it fails.
 */
@EndToEnd
class MergedOpenApiIT {

    /** Operations anyone may call: the public ones have no security requirement. */
    static final Set<String> PUBLIC_PREFIXES = Set.of("/open311/", "/api/v1/public/", "/q/");

    static String json;
    static OpenAPI api;

    @BeforeAll
    static void download() {
        json = Stack.anonymous().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
                "the validator's messages on the merged document: " + result.getMessages());
        api = result.getOpenAPI();
    }

    static Map<String, Operation> operations() {
        Map<String, Operation> all = new HashMap<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, op) -> all.put(method + " " + path.getKey(), op));
        }
        return all;
    }

    @Test
    void everyServiceIsInTheDocumentAndNoneIsMissing() {
        Object missing = api.getInfo().getExtensions() == null ? null : api.getInfo().getExtensions().get("x-missing-services");
        assertTrue(missing == null || missing instanceof List<?> l && l.isEmpty(), "services missing from the document: " + missing);
        Set<String> paths = api.getPaths().keySet();
        for (String p : List.of("/api/v1/petitions", "/api/v1/teams", "/api/v1/tasks", "/api/v1/changes",
                "/api/v1/me/overview", "/open311/v2/requests.json")) {
            assertTrue(paths.contains(p), p + " is not in the merged document");
        }
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> without = new ArrayList<>();
        operations().forEach((name, op) -> {
            if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                without.add(name);
            } else {
                byId.computeIfAbsent(op.getOperationId(), k -> new ArrayList<>()).add(name);
            }
        });
        assertEquals(List.of(), without, "operations without an operationId");
        Map<String, List<String>> clashes = new HashMap<>(byId);
        clashes.values().removeIf(l -> l.size() < 2);
        assertEquals(Map.of(), clashes, "operationIds used by more than one operation (a generated client cannot tell them apart)");
    }

    @Test
    void everyProtectedOperationNamesItsRolesAndDeclaresAProblemAnswer() {
        List<String> noRoles = new ArrayList<>();
        List<String> noProblem = new ArrayList<>();
        operations().forEach((name, op) -> {
            String path = name.substring(name.indexOf(' ') + 1);
            boolean isPublic = PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
            if (!isPublic && (op.getSecurity() == null || op.getSecurity().isEmpty())) {
                noRoles.add(name);
            }
            boolean declaresProblem = op.getResponses() != null && op.getResponses().entrySet().stream()
                    .anyMatch(r -> r.getKey().startsWith("4") && r.getValue().getContent() != null
                            && r.getValue().getContent().containsKey("application/problem+json"));
            if (!path.startsWith("/q/") && !declaresProblem) {
                noProblem.add(name);
            }
        });
        assertEquals(List.of(), noRoles, "protected operations without a security requirement naming their roles");
        assertEquals(List.of(), noProblem, "operations without a 4xx application/problem+json answer");
    }
}
