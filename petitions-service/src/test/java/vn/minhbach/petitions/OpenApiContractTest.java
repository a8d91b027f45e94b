package vn.minhbach.petitions;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 19.5: the document a client generator reads is valid OpenAPI (swagger-parser, the parser of
 * openapi-generator), every operation has a unique operationId, declares its problem responses, and
 * the creations and read-backs added for integrators declare their real schemas.
 */
@QuarkusTest
class OpenApiContractTest {

    static OpenAPI document() {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, null);
        assertEquals(List.of(), result.getMessages(), "validator messages");
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void everyOperationHasAUniqueIdAndProblemResponses() {
        OpenAPI api = document();
        Set<String> ids = new HashSet<>();
        List<String> missing = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            assertNotNull(op.getOperationId(), where);
            assertTrue(ids.add(op.getOperationId()), "duplicate operationId " + op.getOperationId());
            if (path.startsWith("/open311/")) {
                // GeoReport v2: the spec's own errors, arrays of Open311Error; problems only from the edge
                for (String code : List.of("429", "500", "503")) {
                    ApiResponse r = op.getResponses().get(code);
                    if (r == null || r.getContent() == null || r.getContent().get("application/problem+json") == null) {
                        missing.add(where + " " + code);
                    }
                }
                return;
            }
            for (String code : path.startsWith("/api/v1/public/") ? List.of("400", "500")
                    : List.of("400", "401", "403", "500")) {
                ApiResponse r = op.getResponses().get(code);
                if (r == null || r.getContent() == null || r.getContent().get("application/problem+json") == null) {
                    missing.add(where + " " + code);
                }
            }
        }));
        assertEquals(List.of(), missing, "operations without a problem response");
        Schema<?> problem = api.getComponents().getSchemas().get("Problem");
        assertNotNull(problem);
        assertTrue(problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "detail")));
    }

    @Test
    void intakeDeclares201AndTheReadBackItsSchemas() {
        OpenAPI api = document();
        Operation intake = api.getPaths().get("/api/v1/petitions").getPost();
        assertNotNull(intake.getResponses().get("201"), "intake declares 201: " + intake.getResponses().keySet());
        Operation batch = api.getPaths().get("/api/v1/petitions/batch").getPost();
        assertEquals("intakePetitionBatch", batch.getOperationId());
        Operation one = api.getPaths().get("/api/v1/petitions/{id}").getGet();
        List<String> refs = one.getResponses().get("200").getContent().get("application/json").getSchema().getOneOf()
                .stream().map(x -> String.valueOf(((Schema<?>) x).get$ref())).toList();
        assertTrue(refs.stream().anyMatch(r -> r.endsWith("/SubmissionView"))
                && refs.stream().anyMatch(r -> r.endsWith("/PetitionView")), refs.toString());
        assertTrue(api.getPaths().get("/api/v1/petitions").getGet().getParameters().stream()
                .anyMatch(p -> p.getName().equals("externalReference")));
    }

    @Test
    void open311OperationsDeclareTheSpecsArraysAndTheirErrors() {
        OpenAPI api = document();
        Operation create = api.getPaths().get("/open311/v2/requests.json").getPost();
        assertEquals("open311CreateRequest", create.getOperationId());
        assertNotNull(create.getRequestBody().getContent().get("application/x-www-form-urlencoded"));
        Schema<?> created = create.getResponses().get("201").getContent().get("application/json").getSchema();
        assertTrue(isArray(created), "201 is an array");
        assertTrue(String.valueOf(created.getItems().get$ref()).endsWith("/Open311Created"));
        for (String code : List.of("400", "403")) {
            Schema<?> error = create.getResponses().get(code).getContent().get("application/json").getSchema();
            assertTrue(isArray(error), code);
            assertTrue(String.valueOf(error.getItems().get$ref()).endsWith("/Open311Error"), code);
        }
        Operation one = api.getPaths().get("/open311/v2/requests/{service_request_id}.json").getGet();
        assertNotNull(one.getResponses().get("404").getContent().get("application/json"));
        Schema<?> request = api.getComponents().getSchemas().get("Open311ServiceRequest");
        assertTrue(request.getProperties().keySet().containsAll(List.of("service_request_id", "status",
                "status_notes", "agency_responsible", "expected_datetime", "updated_datetime", "long")));
        assertEquals(List.of("open", "closed"), ((Schema<?>) request.getProperties().get("status")).getEnum());
        Operation register = api.getPaths().get("/api/v1/open311-clients").getPost();
        assertTrue(String.valueOf(register.getResponses().get("201").getContent().get("application/json").getSchema()
                .get$ref()).endsWith("/Open311ClientRegistered"));
    }

    /** OpenAPI 3.1 (what Quarkus serves) lists types; 3.0 has one. */
    static boolean isArray(Schema<?> s) {
        return "array".equals(s.getType()) || (s.getTypes() != null && s.getTypes().contains("array"));
    }

    /**
     * The limits the document declares for the intake are the ones the server enforces: a value at each
     * declared limit is accepted, one past it refused with a 400 naming the field.
     */
    @Test
    void declaredIntakeLimitsAreTheEnforcedOnes() {
        OpenAPI api = document();
        Schema<?> intake = api.getComponents().getSchemas().get("PetitionIntake");
        Schema<?> subject = api.getComponents().getSchemas().get("SubjectInput");
        int content = ((Schema<?>) intake.getProperties().get("content")).getMaxLength();
        int reference = ((Schema<?>) intake.getProperties().get("externalReference")).getMaxLength();
        int domains = ((Schema<?>) intake.getProperties().get("domains")).getMaxItems();
        int description = ((Schema<?>) subject.getProperties().get("description")).getMaxLength();
        assertTrue(intake.getRequired().containsAll(List.of("kind", "subject", "domains", "content")), intake.getRequired().toString());
        java.util.function.Function<java.util.Map<String, Object>, io.restassured.response.Response> post = body ->
                Api.as("contract-client", "01", "petition-intake").body(body).post("/api/v1/petitions");
        java.util.function.Supplier<java.util.Map<String, Object>> base = () -> {
            java.util.Map<String, Object> b = Api.intake("01.912", "RECOMMENDATION", java.time.LocalDate.now(
                    java.time.ZoneId.of("Asia/Ho_Chi_Minh")), "Đèn đường", "Nội dung");
            b.remove("channel");
            return b;
        };
        java.util.Map<String, Object> b = base.get();
        b.put("content", "c".repeat(content));
        b.put("externalReference", "R" + "9".repeat(reference - 1));
        b.put("domains", java.util.Arrays.stream(vn.minhbach.petitions.Domain.values()).limit(domains).map(Enum::name).toList());
        b.put("subject", java.util.Map.of("kind", "PERSON", "description", "d".repeat(description)));
        post.apply(b).then().statusCode(201);
        for (String field : List.of("content", "externalReference", "subject.description")) {
            java.util.Map<String, Object> past = base.get();
            switch (field) {
                case "content" -> past.put("content", "c".repeat(content + 1));
                case "externalReference" -> past.put("externalReference", "R" + "9".repeat(reference));
                default -> past.put("subject", java.util.Map.of("kind", "PERSON", "description", "d".repeat(description + 1)));
            }
            post.apply(past).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem(field));
        }
        java.util.Map<String, Object> tooMany = base.get();
        java.util.List<String> all = new java.util.ArrayList<>();
        for (int i = 0; i <= domains; i++) {
            all.add(vn.minhbach.petitions.Domain.values()[i % vn.minhbach.petitions.Domain.values().length].name());
        }
        tooMany.put("domains", all);
        post.apply(tooMany).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("domains"));
    }
}
