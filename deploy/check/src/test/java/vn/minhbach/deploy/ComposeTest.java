package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compose.yaml cannot run here (no Docker), so at least: it parses (merge keys included), runs the
 * images Quarkus builds, publishes only the gateway and Keycloak, and is wired like the cluster.
 */
class ComposeTest {

    static final Path COMPOSE_DIR = Deployed.ROOT.resolve("deploy/compose");
    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws Exception {
        Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(COMPOSE_DIR.resolve("compose.yaml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void runsTheOfficialEnginesAndTheImagesQuarkusBuilds() {
        assertTrue(image("postgres").startsWith("postgres:"));
        assertTrue(image("kafka").startsWith("apache/kafka:"));
        assertTrue(image("keycloak").startsWith("quay.io/keycloak/keycloak:"));
        for (String name : Deployed.SERVICES) {
            Deployment d = Deployed.deployment(name);
            // The generated manifest names the image docker.io/minhbach/<service>:<version>; Docker
            // stores a Jib-built image under the short name.
            assertEquals(Deployed.container(d).getImage().replace("docker.io/", ""), image(name), name);
        }
    }

    @Test
    void publishesOnlyTheGatewayAndTheLoginPages() {
        Set<String> published = new TreeSet<>();
        services.forEach((name, s) -> {
            if (s.containsKey("ports")) {
                published.add(name);
            }
        });
        assertEquals(Set.of("gateway", "keycloak"), published);
    }

    @Test
    @SuppressWarnings("unchecked")
    void importsTheSameRealmAndCreatesEveryServiceDatabase() throws Exception {
        List<String> volumes = (List<String>) services.get("keycloak").get("volumes");
        String realm = volumes.stream().filter(v -> v.contains("/opt/keycloak/data/import/")).findFirst().orElseThrow();
        assertEquals(Deployed.ROOT.resolve(RealmImportGenerator.REALM_FILE).normalize(),
                COMPOSE_DIR.resolve(realm.substring(0, realm.indexOf(':'))).normalize());

        String initdb = Files.readString(COMPOSE_DIR.resolve("initdb/01-databases.sql"));
        for (String db : List.of("petitions", "inspections", "programs")) {
            Map<String, Object> env = (Map<String, Object>) services.get(db + "-service").get("environment");
            assertEquals(db, env.get(db.toUpperCase() + "_DB"));
            assertEquals("0.0.0.0", env.get("HTTP_HOST"), db + "-service would listen on the container's loopback only");
            assertTrue(initdb.contains("CREATE DATABASE " + db + " "), "initdb does not create " + db);
        }
    }

    private static String image(String service) {
        Map<String, Object> s = services.get(service);
        assertTrue(s != null, "compose.yaml has no service " + service);
        return (String) s.get("image");
    }
}
