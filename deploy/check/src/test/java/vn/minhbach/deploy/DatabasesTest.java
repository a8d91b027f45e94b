package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.minhbach.deploy.Platform.PostgresCluster;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each backend has its own CloudNativePG cluster of three instances, with operator-made credentials. */
class DatabasesTest {

    static List<PostgresCluster> clusters() {
        return Deployed.manifests().custom(Platform.CNPG, "Cluster").stream().map(PostgresCluster::of).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"petitions", "inspections", "programs"})
    void aServiceUsesItsOwnThreeInstanceCluster(String database) {
        Deployment d = Deployed.deployment(database + "-service");
        String host = Deployed.env(d, "DB_HOST").map(EnvVar::getValue).orElseThrow();
        PostgresCluster cluster = clusters().stream().filter(c -> c.readWriteService().equals(host)).findFirst()
                .orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " connects to " + host + ", no CloudNativePG cluster's -rw service"));
        assertEquals(3, cluster.instances(), cluster.name() + " instances");
        assertEquals(database, cluster.database());
        // The contracts' variable for the database name, e.g. PETITIONS_DB.
        assertEquals(database, Deployed.env(d, database.toUpperCase() + "_DB").map(EnvVar::getValue).orElseThrow());
        for (String var : List.of("DB_USER", "DB_PASSWORD")) {
            EnvVar e = Deployed.env(d, var).orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no " + var));
            assertEquals(cluster.appSecret(), e.getValueFrom().getSecretKeyRef().getName(),
                    d.getMetadata().getName() + " " + var + " should come from the cluster's own secret");
        }
        long sharing = Deployed.BACKENDS.stream().map(Deployed::deployment)
                .filter(other -> Deployed.env(other, "DB_HOST").map(EnvVar::getValue).orElse("").equals(host)).count();
        assertEquals(1, sharing, host + " is shared by several services");
    }

    @Test
    void everyClusterHasThreeInstancesAndContinuousBackups() {
        assertFalse(clusters().isEmpty());
        for (PostgresCluster c : clusters()) {
            assertEquals(3, c.instances(), c.name());
            var resource = Deployed.manifests().custom(Platform.CNPG, "Cluster", c.name()).orElseThrow();
            @SuppressWarnings("unchecked")
            List<java.util.Map<String, Object>> plugins = (List<java.util.Map<String, Object>>) resource.get("spec", "plugins");
            assertTrue(plugins != null && plugins.stream().anyMatch(p -> Boolean.TRUE.equals(p.get("isWALArchiver"))),
                    c.name() + " archives no WAL: point-in-time recovery would be impossible");
            boolean nightly = Deployed.manifests().custom(Platform.CNPG, "ScheduledBackup").stream()
                    .anyMatch(b -> c.name().equals(b.get("spec", "cluster", "name")));
            assertTrue(nightly, c.name() + " has no ScheduledBackup");
        }
    }

    @Test
    void theGatewayHasNoDatabase() {
        assertTrue(Deployed.env(Deployed.deployment(Deployed.GATEWAY), "DB_PASSWORD").isEmpty());
    }
}
