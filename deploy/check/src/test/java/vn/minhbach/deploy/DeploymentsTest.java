package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every Deployment can be probed, is bounded, survives a node drain and scales. */
class DeploymentsTest {

    static List<Deployment> deployments() {
        return Deployed.manifests().ofType(Deployment.class);
    }

    @Test
    void theFourServicesAreDeployedAndNothingElse() {
        Set<String> names = deployments().stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Deployed.SERVICES), names,
                "deploy/kubernetes should hold the Deployments generated for the four services (run ./mvnw package)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void probesLivenessReadinessAndStartupOnTheHealthEndpoints(Deployment d) {
        Container c = Deployed.container(d);
        int port = Deployed.PORTS.get(d.getMetadata().getName());
        assertProbe(d, "liveness", c.getLivenessProbe(), "/q/health/live", port);
        assertProbe(d, "readiness", c.getReadinessProbe(), "/q/health/ready", port);
        assertProbe(d, "startup", c.getStartupProbe(), "/q/health/started", port);
    }

    private static void assertProbe(Deployment d, String what, Probe probe, String path, int port) {
        String name = d.getMetadata().getName();
        assertNotNull(probe, name + " has no " + what + " probe");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, name + ": the " + what + " probe should be an HTTP GET");
        assertEquals(path, get.getPath(), name + " " + what + " probe path");
        assertEquals(port, get.getPort().getIntVal(), name + " " + what + " probe port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void requestsAndLimitsCpuAndMemoryWithinLimits(Deployment d) {
        for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
            assertNotNull(c.getResources(), d.getMetadata().getName() + " has no resources");
            Map<String, Quantity> requests = c.getResources().getRequests();
            Map<String, Quantity> limits = c.getResources().getLimits();
            for (String r : List.of("cpu", "memory")) {
                assertNotNull(requests == null ? null : requests.get(r), d.getMetadata().getName() + " requests no " + r);
                assertNotNull(limits == null ? null : limits.get(r), d.getMetadata().getName() + " has no " + r + " limit");
                assertTrue(Quantity.getAmountInBytes(requests.get(r)).compareTo(Quantity.getAmountInBytes(limits.get(r))) <= 0,
                        d.getMetadata().getName() + ": " + r + " request above its limit");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void aPodDisruptionBudgetKeepsOnePodDuringDrains(Deployment d) {
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        List<PodDisruptionBudget> pdbs = Deployed.manifests().ofType(PodDisruptionBudget.class).stream()
                .filter(p -> selects(p.getSpec().getSelector(), podLabels)).toList();
        assertEquals(1, pdbs.size(), d.getMetadata().getName() + " should be covered by exactly one PodDisruptionBudget");
        PodDisruptionBudget pdb = pdbs.get(0);
        int min = pdb.getSpec().getMinAvailable() == null ? 0 : pdb.getSpec().getMinAvailable().getIntVal();
        assertTrue(min >= 1, d.getMetadata().getName() + ": the PDB must keep at least one pod");
        int minReplicas = hpa(d).getSpec().getMinReplicas();
        assertTrue(minReplicas > min, d.getMetadata().getName()
                + ": with minReplicas " + minReplicas + " and minAvailable " + min + " no pod could ever be drained");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void aHorizontalPodAutoscalerScalesItOnCpu(Deployment d) {
        HorizontalPodAutoscaler hpa = hpa(d);
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, d.getMetadata().getName() + ": at least two pods, for availability");
        assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());
        assertFalse(hpa.getSpec().getMetrics().isEmpty(), d.getMetadata().getName() + ": HPA without metrics");
        assertEquals(hpa.getSpec().getMinReplicas(), d.getSpec().getReplicas(),
                d.getMetadata().getName() + ": the Deployment's replicas should start at the HPA's minimum");
    }

    static HorizontalPodAutoscaler hpa(Deployment d) {
        List<HorizontalPodAutoscaler> hpas = Deployed.manifests().ofType(HorizontalPodAutoscaler.class).stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && d.getMetadata().getName().equals(h.getSpec().getScaleTargetRef().getName()))
                .toList();
        if (hpas.size() != 1) {
            fail(d.getMetadata().getName() + " should have exactly one HorizontalPodAutoscaler, has " + hpas.size());
        }
        return hpas.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void configComesFromTheSharedConfigMapAndCredentialsFromSecrets(Deployment d) {
        Container c = Deployed.container(d);
        Set<String> configMaps = Deployed.manifests().ofType(ConfigMap.class).stream()
                .map(m -> m.getMetadata().getName()).collect(Collectors.toSet());
        List<String> referenced = c.getEnvFrom().stream().map(EnvFromSource::getConfigMapRef).filter(r -> r != null)
                .map(r -> r.getName()).toList();
        assertTrue(referenced.contains("minhbach-config"), d.getMetadata().getName() + " should read minhbach-config");
        assertTrue(configMaps.containsAll(referenced), d.getMetadata().getName() + " reads a ConfigMap that is not deployed: " + referenced);
        c.getEnv().forEach(e -> {
            boolean secretName = e.getName().contains("PASSWORD") || e.getName().contains("JAAS") || e.getName().contains("KEY");
            if (secretName) {
                assertTrue(e.getValue() == null && e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null,
                        d.getMetadata().getName() + ": " + e.getName() + " must come from a Secret, not a literal");
            }
        });
        assertEquals("prod,kube", Deployed.env(d, "QUARKUS_PROFILE").orElseThrow().getValue(),
                d.getMetadata().getName() + " should run the kube profile on top of prod");
    }

    @Test
    void onlyPetitionsReadsTheIdentityKeysAndOnlyFromTheirSecret() {
        for (Deployment d : deployments()) {
            boolean reads = Deployed.container(d).getEnvFrom().stream()
                    .anyMatch(e -> e.getSecretRef() != null && "petitions-identity-keys".equals(e.getSecretRef().getName()));
            assertEquals("petitions-service".equals(d.getMetadata().getName()), reads,
                    d.getMetadata().getName() + (reads ? " must not see" : " must read") + " the identity keys");
            assertTrue(Deployed.container(d).getEnv().stream().noneMatch(e -> e.getName().startsWith("PETITIONS_IDENTITY")
                    || e.getName().startsWith("MINHBACH_PETITIONS_IDENTITY")), d.getMetadata().getName() + " sets an identity key inline");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void runsAsNonRootFromItsOwnImage(Deployment d) {
        var security = d.getSpec().getTemplate().getSpec().getSecurityContext();
        assertTrue(security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()), d.getMetadata().getName() + " may run as root");
        // Mounted secrets must be readable by that non-root user: group-readable, owned by its group.
        d.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getSecret() != null).forEach(v -> {
            assertTrue(security.getFsGroup() != null, d.getMetadata().getName() + " mounts secret " + v.getName() + " without an fsGroup");
            int mode = v.getSecret().getDefaultMode() == null ? 0644 : v.getSecret().getDefaultMode();
            assertTrue((mode & 0040) != 0, d.getMetadata().getName() + ": secret " + v.getName() + " is not group-readable");
            assertEquals(0, mode & 0007, d.getMetadata().getName() + ": secret " + v.getName() + " is world-readable");
        });
        String image = Deployed.container(d).getImage();
        assertTrue(image.endsWith("/minhbach/" + d.getMetadata().getName() + ":" + image.substring(image.lastIndexOf(':') + 1)),
                d.getMetadata().getName() + " runs an unexpected image " + image);
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            return false;
        }
        return selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
