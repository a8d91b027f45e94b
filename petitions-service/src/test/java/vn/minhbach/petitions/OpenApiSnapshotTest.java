package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.5: the Java client of the end-to-end module is generated at build time (openapi-generator)
 * from a checked-in snapshot of this service's OpenAPI document, {@value #SNAPSHOT}. This test fails
 * when the document the service serves differs from the snapshot, so the generated client never drifts
 * from the API. After a deliberate change of the API, refresh the snapshot with
 * {@code -Dminhbach.openapi.update=true} and commit it.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    static final String SNAPSHOT = "../e2e/openapi/petitions-service.json";
    static final String OIDC = "<issuer>/.well-known/openid-configuration";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theServedDocumentEqualsTheSnapshotTheClientIsGeneratedFrom() throws Exception {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        String canonical = canonical(JSON.readTree(served));
        Path snapshot = Path.of(SNAPSHOT);
        if (Boolean.getBoolean("minhbach.openapi.update")) {
            Files.writeString(snapshot, canonical, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(snapshot), "no snapshot " + snapshot.toAbsolutePath()
                + ": run this test with -Dminhbach.openapi.update=true");
        String stored = Files.readString(snapshot, StandardCharsets.UTF_8);
        assertEquals(JSON.readTree(canonical(JSON.readTree(stored))), JSON.readTree(canonical),
                "the served OpenAPI document differs from " + SNAPSHOT
                        + ": refresh it with -Dminhbach.openapi.update=true and commit it with the API change");
    }

    /**
     * Keys sorted at every level, indented: a stable text whose diff a reviewer can read. The OIDC
     * discovery URL depends on where the identity provider runs (a random port in tests), so it is
     * written as {@value #OIDC}.
     */
    static String canonical(JsonNode node) throws Exception {
        node.path("components").path("securitySchemes").forEach(scheme -> {
            if (scheme.has("openIdConnectUrl")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) scheme).put("openIdConnectUrl", OIDC);
            }
        });
        Object tree = JSON.treeToValue(node, Object.class);
        return JSON.writeValueAsString(sorted(tree)) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            java.util.TreeMap<String, Object> out = new java.util.TreeMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, sorted(v)));
            return out;
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(OpenApiSnapshotTest::sorted).toList();
        }
        return value;
    }
}
