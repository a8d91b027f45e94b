package vn.minhbach.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.client.ApiClient;
import vn.minhbach.client.ApiException;
import vn.minhbach.client.api.MinhbachApi;
import vn.minhbach.client.model.Domain;
import vn.minhbach.client.model.IntakeResult;
import vn.minhbach.client.model.PetitionIntake;
import vn.minhbach.client.model.PetitionKind;
import vn.minhbach.client.model.PetitionerInput;
import vn.minhbach.client.model.SubjectInput;
import vn.minhbach.client.model.SubjectKind;
import vn.minhbach.client.model.SubmissionView;

/**
 * Issue 19.5: the Java client generated at build time (openapi-generator, library {@code native}) from
 * the checked-in snapshot {@code e2e/openapi/petitions-service.json} drives the real stack: through the
 * gateway, with the integration client's token, it submits a recommendation and reads it back. And the
 * snapshot the client comes from is what the gateway serves: every path, method and operationId of it
 * is in the merged document with the same success and error codes.
 */
@EndToEnd
class GeneratedClientIT {

    static final String UNIT = "01.00611"; // Phường Xuân Đỉnh, since 1 July 2025

    private static MinhbachApi api(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new MinhbachApi(client);
    }

    @Test
    void theGeneratedClientSubmitsAndReadsBackAPetitionThroughTheGateway() throws Exception {
        MinhbachApi api = api(Stack.integrationToken());
        String reference = "GEN-" + UUID.randomUUID();
        PetitionIntake intake = new PetitionIntake()
                .unitPath(UNIT)
                .receivedDate(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
                .kind(PetitionKind.RECOMMENDATION)
                .addPetitionersItem(new PetitionerInput().name("Nguyễn Văn An").idNumber("001080012345").representative(true))
                .subject(new SubjectInput().kind(SubjectKind.ORGANISATION).description("Đèn đường ngõ 12 hỏng")
                        .unit("UBND phường Xuân Đỉnh"))
                .addDomainsItem(Domain.URBAN_MANAGEMENT)
                .content("Đèn đường ngõ 12 hỏng đã hai tháng (generated client).")
                .externalReference(reference);

        IntakeResult created = api.postPetitions(intake, UUID.randomUUID().toString());
        UUID id = created.getPetition().getId();
        assertNotNull(id);
        assertEquals("RECEIVED", created.getPetition().getStatus());
        assertEquals("GOVERNMENT_SYSTEM", created.getPetition().getChannel());
        // The generated model starts lists empty, so "none sent" reads as null or [] here.
        assertTrue(created.getDuplicateSuggestions() == null || created.getDuplicateSuggestions().isEmpty(),
                "never to another system: " + created.getDuplicateSuggestions());

        SubmissionView read = api.getPetitionsId(id).getSubmissionView();
        assertEquals(id, read.getId());
        assertEquals(reference, read.getExternalReference());
        assertEquals(UNIT, read.getUnitPath());
        assertEquals("RECOMMENDATION", read.getKind());
        assertEquals(List.of("URBAN_MANAGEMENT"), read.getDomains());
        assertNotNull(read.getAcceptanceDueDate());
        assertEquals("RECEIVE", read.getHistory().get(0).getAction());

        // an error is an ApiException carrying the status and the problem document
        ApiException missing = null;
        try {
            api.getPetitionsId(UUID.randomUUID());
        } catch (ApiException e) {
            missing = e;
        }
        assertNotNull(missing, "a missing petition must fail");
        assertEquals(404, missing.getCode());
        assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());
    }

    @Test
    void theSnapshotTheClientIsGeneratedFromIsWhatTheGatewayServes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode snapshot = json.readTree(Path.of(System.getProperty("minhbach.repo.dir", ".."), "e2e", "openapi",
                "petitions-service.json").toFile());
        JsonNode served = json.readTree(given().baseUri(Stack.GATEWAY).get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        List<String> differences = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = snapshot.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode there = served.path("paths").path(path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().has("operationId")) {
                    continue; // parameters shared by the path item
                }
                JsonNode other = there.path(op.getKey());
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (other.isMissingNode()) {
                    differences.add(where + " missing");
                    continue;
                }
                if (!op.getValue().get("operationId").equals(other.get("operationId"))) {
                    differences.add(where + " operationId " + other.get("operationId"));
                }
                List<String> codes = new ArrayList<>();
                op.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
                List<String> otherCodes = new ArrayList<>();
                other.path("responses").fieldNames().forEachRemaining(otherCodes::add);
                if (!new java.util.TreeSet<>(codes).equals(new java.util.TreeSet<>(otherCodes))) {
                    differences.add(where + " responses " + codes + " vs " + otherCodes);
                }
            }
        }
        assertEquals(List.of(), differences, "e2e/openapi/petitions-service.json differs from the gateway's document: "
                + "refresh it (petitions-service OpenApiSnapshotTest -Dminhbach.openapi.update=true)");
    }
}
