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

    /**
     * Issue 15: the service connects as a role that owns nothing (row-level security and the audit log's
     * rights apply to it): DB_APP_USER/DB_APP_PASSWORD come from the secret of a managed role of the
     * service's own cluster that logs in without superuser, BYPASSRLS, CREATEDB or CREATEROLE, and is not
     * the database's owner (DB_USER, who runs Flyway). The audit chain's key comes from its own secret.
     */
    @ParameterizedTest
    @ValueSource(strings = {"petitions", "inspections", "programs"})
    void aServiceRunsAsAManagedRoleOfItsClusterThatOwnsNothing(String database) {
        Deployment d = Deployed.deployment(database + "-service");
        String host = Deployed.env(d, "DB_HOST").map(EnvVar::getValue).orElseThrow();
        PostgresCluster cluster = clusters().stream().filter(c -> c.readWriteService().equals(host)).findFirst().orElseThrow();
        String secret = null;
        for (String var : List.of("DB_APP_USER", "DB_APP_PASSWORD")) {
            EnvVar e = Deployed.env(d, var).orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no " + var));
            assertTrue(e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null, var + " from a secret");
            String name = e.getValueFrom().getSecretKeyRef().getName();
            assertTrue(secret == null || secret.equals(name), "DB_APP_USER and DB_APP_PASSWORD from one secret");
            secret = name;
        }
        assertFalse(secret.equals(cluster.appSecret()), "the runtime role is not the owner's secret");
        var resource = Deployed.manifests().custom(Platform.CNPG, "Cluster", cluster.name()).orElseThrow();
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> roles = (List<java.util.Map<String, Object>>) resource.get("spec", "managed", "roles");
        String runtimeSecret = secret;
        var role = roles == null ? null : roles.stream().filter(r -> r.get("passwordSecret") instanceof java.util.Map<?, ?> ps
                && runtimeSecret.equals(ps.get("name"))).findFirst().orElse(null);
        assertTrue(role != null, cluster.name() + " manages no role with the password secret " + secret);
        assertFalse(cluster.owner().equals(role.get("name")), "the runtime role is not the database owner");
        assertEquals(Boolean.TRUE, role.get("login"), role.get("name") + " logs in");
        for (String privilege : List.of("superuser", "bypassrls", "createdb", "createrole")) {
            assertEquals(Boolean.FALSE, role.get(privilege), role.get("name") + " " + privilege);
        }
        assertTrue(Deployed.container(d).getEnvFrom().stream()
                        .anyMatch(e -> e.getSecretRef() != null && "minhbach-audit-keys".equals(e.getSecretRef().getName())),
                d.getMetadata().getName() + " reads the audit keys from the secret minhbach-audit-keys");
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
