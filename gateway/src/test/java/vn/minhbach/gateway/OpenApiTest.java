package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The merged document: every service's paths, colliding schemas prefixed, a down service marked missing. */
@QuarkusTest
class OpenApiTest {

    /** Another test may have stopped a service: it shows up again once the short cache expires. */
    private static void awaitCompleteDocument() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (given().when().get("/q/openapi").jsonPath().getList("info.x-missing-services").isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
    }

    @Test
    void mergedDocumentHasEveryServicesPathsAndTheGatewaysOwn() throws InterruptedException {
        awaitCompleteDocument();
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("paths", hasKey("/api/v1/petitions"))
                .body("paths", hasKey("/api/v1/teams"))
                .body("paths", hasKey("/api/v1/tasks"))
                .body("paths", hasKey("/api/v1/flaky"))
                .body("paths", hasKey("/api/v1/me/overview"))
                .body("paths.'/api/v1/teams'.x-minhbach-service", equalTo("inspections-service"))
                .body("info.title", equalTo("Minh Bạch API"))
                .body("info.x-missing-services", org.hamcrest.Matchers.empty());
    }

    @Test
    void collidingSchemaNamesArePrefixedAndReferencesFollow() throws InterruptedException {
        awaitCompleteDocument();
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas", hasKey("petitions_Status"))
                .body("components.schemas", hasKey("programs_Status"))
                .body("components.schemas", not(hasKey("Status")))
                .body("components.schemas.petitions_Status.enum", hasItem("PETITIONS_OPEN"))
                // identical definitions are kept once, under their own name
                .body("components.schemas", hasKey("PageMeta"))
                .body("paths.'/api/v1/tasks'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/programs_Status"));
    }

    @Test
    void serviceDownIsMarkedMissingAndTheRestIsServed() throws InterruptedException {
        FakeUpstreams.stopServer("inspections");
        try {
            // The test profile caches for 1 s.
            Thread.sleep(1_100);
            given().when().get("/q/openapi")
                    .then().statusCode(200)
                    .body("info.description", containsString("Missing"))
                    .body("info.description", containsString("inspections-service"))
                    .body("info.x-missing-services", hasItem("inspections-service"))
                    .body("paths", hasKey("/api/v1/petitions"))
                    .body("paths", not(hasKey("/api/v1/teams")));
        } finally {
            FakeUpstreams.startServer("inspections");
        }
    }

    @Test
    void theMergedDocumentLogsInAtThePublicIssuer() throws InterruptedException {
        awaitCompleteDocument();
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        equalTo("https://login.minhbach.test/realms/minhbach/.well-known/openid-configuration"))
                .body("security[0]", hasKey("oidc"));
    }

    @Test
    void swaggerUiUsesTheAuthorizationCodeWithPkceAsThePublicClient() {
        String page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("minhbach-mobile"), "client id missing from Swagger UI");
        org.junit.jupiter.api.Assertions.assertTrue(java.util.regex.Pattern
                .compile("usePkceWithAuthorizationCodeGrant[\"']?\\s*:\\s*true").matcher(page).find(), "PKCE not enabled in Swagger UI");
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("/q/openapi"));
    }
}
