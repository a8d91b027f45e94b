package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import vn.minhbach.deploy.Platform.KafkaNodePool;
import vn.minhbach.deploy.Platform.KafkaTopic;
import vn.minhbach.deploy.Platform.KafkaUser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Strimzi cluster, its topics and users, against the Deployments that use them. */
class KafkaTest {

    static final String CLUSTER = "minhbach-kafka";

    /** The event topics of docs/contracts.md. */
    static final Set<String> TOPICS = Set.of("minhbach.petitions.v1", "minhbach.inspections.v1", "minhbach.programs.v1");

    static GenericKubernetesResource kafka() {
        return Deployed.manifests().custom(Platform.STRIMZI, "Kafka", CLUSTER)
                .orElseThrow(() -> new AssertionError("no Strimzi Kafka " + CLUSTER));
    }

    static List<KafkaTopic> topics() {
        return Deployed.manifests().custom(Platform.STRIMZI, "KafkaTopic").stream().map(KafkaTopic::of).toList();
    }

    static List<KafkaUser> users() {
        return Deployed.manifests().custom(Platform.STRIMZI, "KafkaUser").stream().map(KafkaUser::of).toList();
    }

    @Test
    void threeNodesEachBrokerAndControllerInKRaftMode() {
        assertEquals("kafka.strimzi.io/v1", kafka().getApiVersion(), "Strimzi 1.0 reads only the v1 API");
        assertNull(kafka().get("spec", "zookeeper"), "KRaft: no ZooKeeper");
        List<KafkaNodePool> pools = Deployed.manifests().custom(Platform.STRIMZI, "KafkaNodePool").stream()
                .map(KafkaNodePool::of).filter(p -> CLUSTER.equals(p.cluster())).toList();
        int brokers = pools.stream().filter(p -> p.roles().contains("broker")).mapToInt(KafkaNodePool::replicas).sum();
        int controllers = pools.stream().filter(p -> p.roles().contains("controller")).mapToInt(KafkaNodePool::replicas).sum();
        assertEquals(3, brokers, "brokers");
        // KRaft: the controllers are Kafka nodes, an odd quorum of at least three.
        assertTrue(controllers >= 3 && controllers % 2 == 1, "an odd quorum of at least three controllers, got " + controllers);
        Map<String, Object> config = config();
        assertEquals(3, ((Number) config.get("default.replication.factor")).intValue());
        assertEquals(2, ((Number) config.get("min.insync.replicas")).intValue());
        assertEquals(3, ((Number) config.get("offsets.topic.replication.factor")).intValue());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> config() {
        return (Map<String, Object>) kafka().get("spec", "kafka", "config");
    }

    @Test
    void everyTopicIsAContractTopicOrItsDeadLetterTopicWithThreeReplicasAndTwoInSync() {
        Set<String> declared = topics().stream().map(KafkaTopic::name).collect(Collectors.toSet());
        assertTrue(declared.containsAll(TOPICS), "contract topics missing: " + TOPICS);
        for (KafkaTopic t : topics()) {
            assertTrue(TOPICS.contains(t.name()) || TOPICS.stream().anyMatch(c -> t.name().matches(java.util.regex.Pattern.quote(c) + "\\.dlq\\.[a-z-]+")),
                    t.name() + " is neither a contract topic nor <topic>.dlq.<consumer>");
            assertEquals(CLUSTER, t.cluster(), t.name() + " belongs to no cluster the operator watches");
            assertEquals(3, t.replicas(), t.name() + " replication factor");
            assertEquals(2, t.minInsyncReplicas(), t.name() + " min.insync.replicas");
            assertTrue(t.partitions() >= 3, t.name() + ": contracts say every topic has 3 partitions");
        }
        assertEquals(Boolean.FALSE, config().get("auto.create.topics.enable"), "topics come from KafkaTopics only");
    }

    /**
     * The services' own Kafka settings (application.properties of each module, as merged into this
     * repository) name the topics they produce to, consume and dead-letter into: each must be declared
     * here and allowed by the service's KafkaUser, with a consumer group the user may join.
     */
    @Test
    void everyTopicAServiceIsConfiguredWithIsDeclaredAndAllowed() throws Exception {
        Set<String> declared = topics().stream().map(KafkaTopic::name).collect(Collectors.toSet());
        int checked = 0;
        for (KafkaUser user : users()) {
            Channels channels = Channels.of(user.name());
            for (String topic : channels.produced()) {
                assertTrue(declared.contains(topic), user.name() + " produces to undeclared topic " + topic);
                assertTrue(user.allows(topic, "Write"), "KafkaUser " + user.name() + " may not write " + topic);
                checked++;
            }
            for (String topic : channels.consumed()) {
                assertTrue(declared.contains(topic), user.name() + " consumes undeclared topic " + topic);
                assertTrue(user.allows(topic, "Read"), "KafkaUser " + user.name() + " may not read " + topic);
                checked++;
            }
            for (String group : channels.groups()) {
                assertTrue(group.startsWith(user.name()), user.name() + " joins consumer group " + group
                        + ", which its KafkaUser (groups " + user.name() + "*) may not");
            }
        }
        assertTrue(checked >= Deployed.BACKENDS.size(), "each backend produces at least its own topic (minhbach.outbox.topic)");
    }

    @Test
    void partitionsAreAtLeastTheMostPodsOfAnyConsumerOfTheTopic() throws Exception {
        Map<String, Integer> partitions = topics().stream().collect(Collectors.toMap(KafkaTopic::name, KafkaTopic::partitions));
        int checked = 0;
        for (KafkaUser user : users()) {
            // A KafkaUser is used by the Deployment of the same name (see below), whose pods share one
            // consumer group: pods beyond the partition count would receive nothing. Its topics are
            // those it may read and those its configuration consumes.
            Deployment consumer = Deployed.deployment(user.name());
            int maxPods = DeploymentsTest.hpa(consumer).getSpec().getMaxReplicas();
            Set<String> consumed = new java.util.TreeSet<>(user.readTopics());
            consumed.addAll(Channels.of(user.name()).consumed());
            for (String topic : consumed) {
                assertTrue(partitions.containsKey(topic), user.name() + " reads undeclared topic " + topic);
                assertTrue(partitions.get(topic) >= maxPods, topic + " has " + partitions.get(topic)
                        + " partitions but its consumer " + user.name() + " scales to " + maxPods + " pods");
                checked++;
            }
        }
        assertTrue(checked > 0, "no consumer found: KafkaUsers should grant Read on the topics they consume");
    }

    @Test
    void eachBackendHasItsOwnUserWritingOnlyItsOwnTopic() {
        assertEquals(Set.copyOf(Deployed.BACKENDS), users().stream().map(KafkaUser::name).collect(Collectors.toSet()));
        for (KafkaUser user : users()) {
            assertEquals(CLUSTER, user.cluster());
            assertEquals("scram-sha-512", user.authentication());
            String own = "minhbach." + user.name().replace("-service", "") + ".v1";
            List<String> written = user.acls().stream()
                    .filter(a -> "topic".equals(a.resourceType()) && a.operations().contains("Write"))
                    .map(Platform.Acl::resourceName).toList();
            assertTrue(written.contains(own), user.name() + " may not write its own topic " + own);
            for (String topic : written) {
                assertTrue(topic.equals(own) || topic.matches("minhbach\\.[a-z]+\\.v1\\.dlq\\.[a-z-]+"),
                        user.name() + " may write " + topic + ", which is neither its topic nor a dead-letter topic");
            }
            assertTrue(user.acls().stream().noneMatch(a -> "topic".equals(a.resourceType()) && !"literal".equals(a.patternType())),
                    user.name() + ": topic ACLs name topics, not prefixes");
        }
    }

    @Test
    void eachBackendAuthenticatesWithItsOwnUserOverTls() {
        for (String name : Deployed.BACKENDS) {
            Deployment d = Deployed.deployment(name);
            EnvVar jaas = Deployed.env(d, "KAFKA_SASL_JAAS_CONFIG").orElseThrow(() -> new AssertionError(name + " has no Kafka credentials"));
            assertEquals(name, jaas.getValueFrom().getSecretKeyRef().getName(), name + " should use the secret of KafkaUser " + name);
            assertEquals("sasl.jaas.config", jaas.getValueFrom().getSecretKeyRef().getKey());
            boolean trustsCa = d.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getSecret() != null && (CLUSTER + "-cluster-ca-cert").equals(v.getSecret().getSecretName()));
            assertTrue(trustsCa, name + " should mount the cluster CA to verify the brokers");
        }
        assertFalse(Deployed.env(Deployed.deployment(Deployed.GATEWAY), "KAFKA_SASL_JAAS_CONFIG").isPresent(),
                "the gateway does not use Kafka");
    }

    @Test
    void theSharedBootstrapAddressIsTheAuthenticatedTlsListener() {
        String bootstrap = Deployed.manifests().ofType(io.fabric8.kubernetes.api.model.ConfigMap.class).stream()
                .filter(m -> "minhbach-config".equals(m.getMetadata().getName())).findFirst().orElseThrow()
                .getData().get("KAFKA_BOOTSTRAP_SERVERS");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listeners = (List<Map<String, Object>>) kafka().get("spec", "kafka", "listeners");
        Map<String, Object> listener = listeners.stream()
                .filter(l -> bootstrap.equals(CLUSTER + "-kafka-bootstrap:" + l.get("port"))).findFirst()
                .orElseThrow(() -> new AssertionError(bootstrap + " matches no listener of " + CLUSTER));
        assertEquals(Boolean.TRUE, listener.get("tls"));
        @SuppressWarnings("unchecked")
        Map<String, Object> auth = (Map<String, Object>) listener.get("authentication");
        assertEquals("scram-sha-512", auth.get("type"));
    }
}
