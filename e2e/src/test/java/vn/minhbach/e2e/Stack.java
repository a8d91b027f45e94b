package vn.minhbach.e2e;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The stack as a client sees it: the gateway (the only API entry point) and Keycloak tokens for the
 * demo accounts of realm {@code minhbach} ({@code deploy/keycloak/minhbach-realm.json}).
 * <pre>
 *   Stack.as("handler.btl").get("/api/v1/petitions").then().statusCode(200);
 *   Stack.asIntegration().get("/api/v1/petitions/statistics")...
 *   Stack.anonymous().get(...).then().statusCode(401);
 * </pre>
 * URLs and secrets can be overridden with system properties for a stack elsewhere.
 */
public final class Stack {

    public static final String GATEWAY = System.getProperty("minhbach.gateway.url", "http://127.0.0.1:8080");
    public static final String ISSUER = System.getProperty("minhbach.issuer",
            "http://127.0.0.1:8180/realms/minhbach");
    public static final String DEMO_PASSWORD = System.getProperty("minhbach.demo.password", "minhbach-demo");
    /** The local realm's password-grant client (the apps' minhbach-mobile has no password grant). */
    public static final String CLI_CLIENT = "minhbach-cli";
    public static final String MOBILE_CLIENT = "minhbach-mobile";
    public static final String INTEGRATION_CLIENT = "minhbach-integration";
    public static final String INTEGRATION_SECRET = System.getProperty("minhbach.integration.secret",
            "minhbach-integration-local-secret");

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** A request through the gateway without any credentials. */
    public static RequestSpecification anonymous() {
        return given().baseUri(GATEWAY).accept(ContentType.JSON);
    }

    /** A request through the gateway as a demo user (password grant on the mobile client). */
    public static RequestSpecification as(String username) {
        return anonymous().auth().oauth2(userToken(username));
    }

    /** A request through the gateway as the integration client (client credentials). */
    public static RequestSpecification asIntegration() {
        return anonymous().auth().oauth2(integrationToken());
    }

    public static String userToken(String username) {
        return userToken(username, java.time.Duration.ofSeconds(30));
    }

    /**
     * A user's token still valid for at least {@code validFor}: a test that holds one token through a long
     * run (the fault tests, minutes) must not get a cached one that expires half-way (access tokens live 5 min).
     */
    public static String userToken(String username, java.time.Duration validFor) {
        return cached("user:" + username, validFor, () -> given()
                .formParam("grant_type", "password")
                .formParam("client_id", CLI_CLIENT)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .formParam("scope", "openid")
                .post(ISSUER + "/protocol/openid-connect/token"), username);
    }

    public static String integrationToken() {
        return cached("client:" + INTEGRATION_CLIENT, java.time.Duration.ofSeconds(30), () -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", INTEGRATION_CLIENT)
                .formParam("client_secret", INTEGRATION_SECRET)
                .post(ISSUER + "/protocol/openid-connect/token"), INTEGRATION_CLIENT);
    }

    private static String cached(String key, java.time.Duration validFor, java.util.function.Supplier<Response> request,
            String who) {
        Token token = TOKENS.get(key);
        if (token == null || token.expiresAt().isBefore(Instant.now().plus(validFor))) {
            Response response = request.get();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": "
                        + response.statusCode() + " " + response.asString());
            }
            String accessToken = response.path("access_token");
            int expiresIn = response.path("expires_in");
            token = new Token(accessToken, Instant.now().plusSeconds(expiresIn));
            TOKENS.put(key, token);
        }
        return token.value();
    }

    private record Token(String value, Instant expiresAt) {
    }
}
