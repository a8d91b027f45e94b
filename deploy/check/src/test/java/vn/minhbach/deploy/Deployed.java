package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The manifests under test, loaded once, and small accessors shared by the test classes. */
final class Deployed {

    static final Path ROOT = Path.of(System.getProperty("minhbach.root", "../..")).toAbsolutePath().normalize();

    /** The realm file the local stack imports (deploy/keycloak/minhbach-realm.json unless overridden). */
    static final Path REALM = Path.of(System.getProperty("minhbach.realm",
            ROOT.resolve(RealmImportGenerator.REALM_FILE).toString())).toAbsolutePath().normalize();

    /** The four services of docs/contracts.md; the gateway is the only one reachable from outside. */
    static final List<String> SERVICES = List.of("petitions-service", "inspections-service", "programs-service", "gateway");
    static final List<String> BACKENDS = List.of("petitions-service", "inspections-service", "programs-service");
    static final String GATEWAY = "gateway";

    /** The services' own HTTP ports (contracts), which the generated containers listen on. */
    static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "petitions-service", 8081,
            "inspections-service", 8082, "programs-service", 8083);

    private static Manifests manifests;

    private Deployed() {
    }

    static synchronized Manifests manifests() {
        if (manifests == null) {
            manifests = Manifests.load(ROOT);
        }
        return manifests;
    }

    static Deployment deployment(String name) {
        return manifests().ofType(Deployment.class).stream().filter(d -> name.equals(d.getMetadata().getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no Deployment " + name + " under deploy/kubernetes"));
    }

    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(d.getMetadata().getName() + " should run one container, has " + containers.size());
        }
        return containers.get(0);
    }

    static Optional<EnvVar> env(Deployment d, String name) {
        return container(d).getEnv().stream().filter(e -> name.equals(e.getName())).findFirst();
    }
}
