package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Only the gateway is reachable from outside the cluster (plus Keycloak's login pages, which a
 * browser must reach), and each backend reaches only its database, Kafka, Keycloak and DNS.
 */
class ExposureTest {

    static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final Map<String, String> KEYCLOAK_PODS = Map.of("app.kubernetes.io/instance", "minhbach-keycloak");
    static final Map<String, String> KAFKA_PODS = Map.of("strimzi.io/cluster", KafkaTest.CLUSTER, "strimzi.io/kind", "Kafka");
    static final Map<String, String> DNS_PODS = Map.of("k8s-app", "kube-dns");

    @Test
    void everyServiceIsClusterInternal() {
        List<Service> services = Deployed.manifests().ofType(Service.class);
        assertEquals(Set.copyOf(Deployed.SERVICES), services.stream().map(s -> s.getMetadata().getName()).collect(Collectors.toSet()));
        for (Service s : services) {
            String type = s.getSpec().getType() == null ? "ClusterIP" : s.getSpec().getType();
            assertEquals("ClusterIP", type, s.getMetadata().getName() + " would be reachable from outside the cluster");
            assertNull(s.getSpec().getExternalIPs() == null || s.getSpec().getExternalIPs().isEmpty() ? null : s.getSpec().getExternalIPs(),
                    s.getMetadata().getName() + " has external IPs");
        }
    }

    @Test
    void theOnlyIngressLeadsToTheGatewayOverTls() {
        List<Ingress> ingresses = Deployed.manifests().ofType(Ingress.class);
        assertEquals(1, ingresses.size(), "exactly one Ingress, the gateway's");
        Ingress ingress = ingresses.get(0);
        List<String> backends = new ArrayList<>();
        if (ingress.getSpec().getDefaultBackend() != null) {
            backends.add(ingress.getSpec().getDefaultBackend().getService().getName());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                backends.add(path.getBackend().getService().getName());
            }
        }
        assertFalse(backends.isEmpty());
        assertEquals(Set.of(Deployed.GATEWAY), Set.copyOf(backends), "the Ingress routes to " + backends);
        assertFalse(ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty(), "the gateway's Ingress has no TLS");
    }

    @Test
    void keycloakIsExposedOnlyForLoginsThroughItsOwnIngressOverTls() {
        var keycloak = Deployed.manifests().custom(Platform.KEYCLOAK, "Keycloak", "minhbach-keycloak").orElseThrow();
        assertEquals(Boolean.TRUE, keycloak.get("spec", "ingress", "enabled"));
        assertTrue(keycloak.get("spec", "ingress", "tlsSecret") != null, "Keycloak's Ingress has no TLS secret");
        assertTrue(keycloak.get("spec", "hostname", "hostname").toString().startsWith("https://"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "petitions-service", "inspections-service", "programs-service"})
    void everyServiceIsIsolatedInBothDirections(String name) {
        List<NetworkPolicy> policies = policiesSelecting(Deployed.deployment(name));
        assertFalse(policies.isEmpty(), name + " is selected by no NetworkPolicy: anything may reach it");
        Set<String> types = policies.stream().flatMap(p -> p.getSpec().getPolicyTypes().stream()).collect(Collectors.toSet());
        assertEquals(Set.of("Ingress", "Egress"), types, name + " is not isolated for " + types);
    }

    @Test
    void onlyTheIngressControllerReachesTheGateway() {
        List<NetworkPolicyPeer> peers = ingressPeers(Deployed.deployment(Deployed.GATEWAY));
        assertFalse(peers.isEmpty());
        for (NetworkPolicyPeer peer : peers) {
            assertNull(peer.getIpBlock(), "the gateway admits an IP block");
            assertEquals(INGRESS_NAMESPACE, namespaceOf(peer), "the gateway admits traffic from " + peer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"petitions-service", "inspections-service", "programs-service"})
    void aBackendAdmitsTheGatewayAlone(String name) {
        List<NetworkPolicyPeer> peers = ingressPeers(Deployed.deployment(name));
        assertFalse(peers.isEmpty(), name + " admits no one; the gateway could not call it");
        Map<String, String> gatewayPods = Deployed.deployment(Deployed.GATEWAY).getSpec().getTemplate().getMetadata().getLabels();
        for (NetworkPolicyPeer peer : peers) {
            assertNull(peer.getIpBlock(), name + " admits an IP block");
            assertNull(peer.getNamespaceSelector(), name + " admits pods of another namespace: " + peer);
            assertTrue(DeploymentsTest.selects(peer.getPodSelector(), gatewayPods), name + " admits pods other than the gateway: " + peer);
            assertFalse(DeploymentsTest.selects(peer.getPodSelector(), Deployed.deployment("programs-service".equals(name)
                    ? "petitions-service" : "programs-service").getSpec().getTemplate().getMetadata().getLabels()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"petitions", "inspections", "programs"})
    void aBackendReachesOnlyItsDatabaseKafkaKeycloakAndDns(String database) {
        Deployment d = Deployed.deployment(database + "-service");
        int databases = 0;
        for (NetworkPolicy p : policiesSelecting(d)) {
            for (var rule : p.getSpec().getEgress()) {
                assertFalse(rule.getTo() == null || rule.getTo().isEmpty(), d.getMetadata().getName() + ": an egress rule open to everything");
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    assertNull(peer.getIpBlock(), d.getMetadata().getName() + " may reach an IP block");
                    Map<String, String> target = peer.getPodSelector() == null ? Map.of() : peer.getPodSelector().getMatchLabels();
                    String cluster = target.get("cnpg.io/cluster");
                    if (cluster != null) {
                        assertEquals(database + "-db", cluster, d.getMetadata().getName() + " may reach another service's database");
                        assertEquals(Set.of(5432), ports(rule.getPorts()));
                        databases++;
                    } else if (target.equals(KAFKA_PODS)) {
                        assertEquals(Set.of(9093), ports(rule.getPorts()));
                    } else if (target.equals(KEYCLOAK_PODS)) {
                        assertEquals(Set.of(8080), ports(rule.getPorts()));
                    } else if (target.equals(DNS_PODS) && "kube-system".equals(namespaceOf(peer))) {
                        assertEquals(Set.of(53), ports(rule.getPorts()));
                    } else {
                        fail(d.getMetadata().getName() + " may reach " + peer);
                    }
                }
            }
        }
        assertEquals(1, databases, d.getMetadata().getName() + " should reach its database");
    }

    @ParameterizedTest
    @ValueSource(strings = {"petitions", "inspections", "programs"})
    void aDatabaseAdmitsItsServiceItsPeersAndTheOperatorOnly(String database) {
        NetworkPolicy policy = Deployed.manifests().ofType(NetworkPolicy.class).stream()
                .filter(p -> Map.of("cnpg.io/cluster", database + "-db").equals(p.getSpec().getPodSelector().getMatchLabels()))
                .findFirst().orElseThrow(() -> new AssertionError(database + "-db is selected by no NetworkPolicy"));
        Map<String, String> service = Deployed.deployment(database + "-service").getSpec().getTemplate().getMetadata().getLabels();
        for (var rule : policy.getSpec().getIngress()) {
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                boolean ownService = peer.getNamespaceSelector() == null && DeploymentsTest.selects(peer.getPodSelector(), service);
                boolean ownInstances = peer.getNamespaceSelector() == null
                        && Map.of("cnpg.io/cluster", database + "-db").equals(peer.getPodSelector().getMatchLabels());
                boolean operator = "cnpg-system".equals(namespaceOf(peer)) && peer.getPodSelector() == null;
                assertTrue(ownService || ownInstances || operator, database + "-db admits " + peer);
            }
        }
    }

    @Test
    void theBrokersAdmitTheBackendsAlone() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listeners = (List<Map<String, Object>>) KafkaTest.kafka().get("spec", "kafka", "listeners");
        for (Map<String, Object> listener : listeners) {
            assertEquals("internal", listener.get("type"), "Kafka listener " + listener.get("name") + " is reachable from outside");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> peers = (List<Map<String, Object>>) listener.get("networkPolicyPeers");
            assertTrue(peers != null && !peers.isEmpty(), "listener " + listener.get("name") + " admits every pod");
            String text = peers.toString();
            for (String backend : Deployed.BACKENDS) {
                assertTrue(text.contains(backend), "listener " + listener.get("name") + " does not admit " + backend);
            }
            assertFalse(text.contains(Deployed.GATEWAY), "the gateway has no business with Kafka");
        }
    }

    static List<NetworkPolicy> policiesSelecting(Deployment d) {
        Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
        return Deployed.manifests().ofType(NetworkPolicy.class).stream()
                .filter(p -> DeploymentsTest.selects(p.getSpec().getPodSelector(), labels)).toList();
    }

    static List<NetworkPolicyPeer> ingressPeers(Deployment d) {
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        for (NetworkPolicy p : policiesSelecting(d)) {
            p.getSpec().getIngress().forEach(rule -> {
                if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
                    fail(p.getMetadata().getName() + ": an ingress rule open to everyone");
                }
                peers.addAll(rule.getFrom());
            });
        }
        return peers;
    }

    static String namespaceOf(NetworkPolicyPeer peer) {
        LabelSelector ns = peer.getNamespaceSelector();
        return ns == null || ns.getMatchLabels() == null ? null : ns.getMatchLabels().get("kubernetes.io/metadata.name");
    }

    static Set<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(NetworkPolicyPort::getPort).map(IntOrString::getIntVal).collect(Collectors.toSet());
    }
}
