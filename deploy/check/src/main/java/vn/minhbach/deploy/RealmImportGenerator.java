package vn.minhbach.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Keycloak operator's {@code KeycloakRealmImport} from the realm file the local stack
 * imports, so production and local logins share one definition of roles, clients and mappers.
 * Run by the build (exec-maven-plugin, phase process-classes) with the repository root as argument;
 * the file is rewritten only when its content changes, and left alone when there is no realm file
 * (the manifest check then fails and says why).
 */
public final class RealmImportGenerator {

    static final String REALM_FILE = "deploy/keycloak/minhbach-realm.json";
    static final String IMPORT_FILE = "deploy/platform/keycloak-realm-import.yaml";
    static final String KEYCLOAK_CR_NAME = "minhbach-keycloak";

    private RealmImportGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path realmFile = args.length > 1 ? Path.of(args[1]) : root.resolve(REALM_FILE);
        Path importFile = root.resolve(IMPORT_FILE);
        if (!Files.isRegularFile(realmFile)) {
            System.out.println("[realm-import] " + realmFile + " not found; " + IMPORT_FILE + " left as it is");
            return;
        }
        String yaml = render(Yaml.JSON.readTree(realmFile.toFile()));
        if (Files.isRegularFile(importFile) && Files.readString(importFile, StandardCharsets.UTF_8).equals(yaml)) {
            return;
        }
        Files.writeString(importFile, yaml, StandardCharsets.UTF_8);
        System.out.println("[realm-import] wrote " + importFile);
    }

    /** The YAML of the KeycloakRealmImport whose {@code spec.realm} is the given realm, unchanged. */
    static String render(JsonNode realm) throws IOException {
        ObjectNode resource = Yaml.JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", realm.path("realm").asText("minhbach") + "-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR_NAME);
        spec.set("realm", realm);
        return "# GENERATED from " + REALM_FILE + " by deploy/check (RealmImportGenerator) during the build.\n"
                + "# Do not edit: change the realm file and run the build; the manifest check compares them.\n"
                + Yaml.YAML.writeValueAsString(resource);
    }
}
