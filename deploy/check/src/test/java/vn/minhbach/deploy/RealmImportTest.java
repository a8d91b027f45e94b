package vn.minhbach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production imports the realm file unchanged; the local stack imports it plus a local overlay
 * (demo users, the password-grant client minhbach-cli) that production never sees.
 */
class RealmImportTest {

    @Test
    void theKeycloakRealmImportCarriesTheRealmFileUnchanged() throws Exception {
        Path realmFile = Deployed.REALM;
        assertTrue(Files.isRegularFile(realmFile), realmFile + " is missing: the realm import cannot be checked");
        List<GenericKubernetesResource> imports = Deployed.manifests().custom(Platform.KEYCLOAK, "KeycloakRealmImport");
        assertEquals(1, imports.size(), "exactly one KeycloakRealmImport");
        GenericKubernetesResource realmImport = imports.get(0);
        assertEquals(RealmImportGenerator.KEYCLOAK_CR_NAME, realmImport.get("spec", "keycloakCRName"));
        Deployed.manifests().custom(Platform.KEYCLOAK, "Keycloak", RealmImportGenerator.KEYCLOAK_CR_NAME)
                .orElseThrow(() -> new AssertionError("the realm is imported into a Keycloak that is not deployed"));

        JsonNode expected = Yaml.JSON.readTree(realmFile.toFile());
        JsonNode actual = Yaml.JSON.valueToTree(realmImport.get("spec", "realm"));
        assertEquals(expected, actual, RealmImportGenerator.IMPORT_FILE + " differs from " + RealmImportGenerator.REALM_FILE
                + ": run ./mvnw -B verify -pl deploy/check to regenerate it");
    }

    @Test
    void theRealmIsTheOneTheServicesTrust() throws Exception {
        JsonNode realm = Yaml.JSON.readTree(Deployed.REALM.toFile());
        String oidcUrl = Deployed.manifests().ofType(io.fabric8.kubernetes.api.model.ConfigMap.class).stream()
                .filter(m -> "minhbach-config".equals(m.getMetadata().getName())).findFirst().orElseThrow()
                .getData().get("OIDC_URL");
        assertTrue(oidcUrl.startsWith("http://" + RealmImportGenerator.KEYCLOAK_CR_NAME + "-service:"), oidcUrl);
        assertTrue(oidcUrl.endsWith("/realms/" + realm.path("realm").asText()), "OIDC_URL " + oidcUrl + " names another realm");
    }

    @Test
    void theProductionRealmHasNoPasswordGrantOnAPublicClientNoDemoUserAndShortTokens() throws Exception {
        JsonNode realm = Yaml.JSON.readTree(Deployed.REALM.toFile());
        for (JsonNode client : realm.path("clients")) {
            if (client.path("publicClient").asBoolean()) {
                assertTrue(!client.path("directAccessGrantsEnabled").asBoolean(),
                        client.path("clientId").asText() + " is public and allows the password grant");
            }
            assertTrue(!"minhbach-cli".equals(client.path("clientId").asText()), "minhbach-cli is local only");
        }
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.path("credentials").isEmpty(), "user " + user.path("username").asText()
                    + " has a password in the production realm");
        }
        int lifespan = realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE);
        assertTrue(lifespan <= 300, "access tokens live " + lifespan + " s; at most 300");
    }

    /**
     * Swagger UI at the gateway logs in with the authorization code flow and PKCE as the client its
     * configuration names: that client must exist, be public, allow only the code flow with S256, and
     * accept Swagger UI's redirect page on the production host, the public issuer's realm and the local gateway.
     */
    @Test
    void swaggerUiLogsInWithAPublicPkceClientThatAcceptsItsRedirectPage() throws Exception {
        java.util.Properties gateway = new java.util.Properties();
        try (var in = Files.newBufferedReader(Deployed.ROOT.resolve("gateway/src/main/resources/application.properties"))) {
            gateway.load(in);
        }
        String clientId = gateway.getProperty("quarkus.swagger-ui.oauth-client-id");
        assertEquals("true", gateway.getProperty("quarkus.swagger-ui.oauth-use-pkce-with-authorization-code-grant"));
        JsonNode realm = Yaml.JSON.readTree(Deployed.REALM.toFile());
        JsonNode client = null;
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                client = c;
            }
        }
        assertTrue(client != null, "Swagger UI's client " + clientId + " is not in the realm");
        assertTrue(client.path("publicClient").asBoolean(), clientId + " must be public (no secret in a browser)");
        assertTrue(client.path("standardFlowEnabled").asBoolean(), clientId + " must allow the authorization code flow");
        assertTrue(!client.path("implicitFlowEnabled").asBoolean(), clientId + " must not allow the implicit flow");
        assertEquals("S256", client.path("attributes").path("pkce.code.challenge.method").asText());
        List<String> redirects = new java.util.ArrayList<>();
        client.path("redirectUris").forEach(u -> redirects.add(u.asText()));
        String page = "/q/swagger-ui/oauth2-redirect.html";
        String localGateway = "http://127.0.0.1:" + Deployed.PORTS.get(Deployed.GATEWAY) + page;
        assertTrue(redirects.contains(localGateway), "the local gateway's Swagger UI cannot log in: " + redirects);
        String host = Files.readString(Deployed.ROOT.resolve("deploy/kubernetes/gateway/kubernetes.yml"))
                .lines().map(String::trim).filter(l -> l.startsWith("- host: ")).map(l -> l.substring(8).trim())
                .findFirst().orElseThrow(() -> new AssertionError("no ingress host for the gateway"));
        assertTrue(redirects.contains("https://" + host + page), "the production gateway's Swagger UI cannot log in: " + redirects);
        String publicIssuer = Deployed.manifests().ofType(io.fabric8.kubernetes.api.model.ConfigMap.class).stream()
                .filter(m -> "minhbach-config".equals(m.getMetadata().getName())).findFirst().orElseThrow()
                .getData().get("OIDC_PUBLIC_URL");
        assertTrue(publicIssuer != null && publicIssuer.startsWith("https://")
                && publicIssuer.endsWith("/realms/" + realm.path("realm").asText()), "OIDC_PUBLIC_URL " + publicIssuer);
    }
}
