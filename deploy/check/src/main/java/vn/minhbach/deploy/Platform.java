package vn.minhbach.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Typed views of the operator resources' fields the check relies on. The operators' CRDs are not on
 * Maven Central as fabric8 models at this project's versions, so each view reads the generic
 * resource and fails loudly when a field it needs is missing or of the wrong type.
 */
public final class Platform {

    public static final String STRIMZI = "kafka.strimzi.io";
    public static final String CNPG = "postgresql.cnpg.io";
    public static final String KEYCLOAK = "k8s.keycloak.org";

    private Platform() {
    }

    /** A Strimzi KafkaTopic. */
    public record KafkaTopic(String name, String cluster, int partitions, int replicas, int minInsyncReplicas) {
        public static KafkaTopic of(GenericKubernetesResource r) {
            return new KafkaTopic(r.getMetadata().getName(), label(r, "strimzi.io/cluster"),
                    integer(r, "spec", "partitions"), integer(r, "spec", "replicas"),
                    integer(r, "spec", "config", "min.insync.replicas"));
        }
    }

    /** One ACL rule of a KafkaUser. */
    public record Acl(String resourceType, String resourceName, String patternType, List<String> operations) {
    }

    /** A Strimzi KafkaUser: its name is also the name of the secret holding its credentials. */
    public record KafkaUser(String name, String cluster, String authentication, List<Acl> acls) {
        @SuppressWarnings("unchecked")
        public static KafkaUser of(GenericKubernetesResource r) {
            List<Map<String, Object>> rules = (List<Map<String, Object>>) required(r, "spec", "authorization", "acls");
            List<Acl> acls = rules.stream().map(rule -> {
                Map<String, Object> res = (Map<String, Object>) rule.get("resource");
                return new Acl((String) res.get("type"), (String) res.get("name"),
                        (String) res.getOrDefault("patternType", "literal"), (List<String>) rule.get("operations"));
            }).toList();
            return new KafkaUser(r.getMetadata().getName(), label(r, "strimzi.io/cluster"),
                    string(r, "spec", "authentication", "type"), acls);
        }

        /** Whether a literal or prefix ACL on the topic allows the operation. */
        public boolean allows(String topic, String operation) {
            return acls.stream().anyMatch(a -> "topic".equals(a.resourceType()) && a.operations().contains(operation)
                    && ("prefix".equals(a.patternType()) ? topic.startsWith(a.resourceName()) : topic.equals(a.resourceName())));
        }

        /** Topics (literal ACLs) this user may consume. */
        public List<String> readTopics() {
            return acls.stream().filter(a -> "topic".equals(a.resourceType()) && "literal".equals(a.patternType())
                    && a.operations().contains("Read")).map(Acl::resourceName).toList();
        }
    }

    /** A Strimzi KafkaNodePool. */
    public record KafkaNodePool(String name, String cluster, int replicas, List<String> roles) {
        @SuppressWarnings("unchecked")
        public static KafkaNodePool of(GenericKubernetesResource r) {
            return new KafkaNodePool(r.getMetadata().getName(), label(r, "strimzi.io/cluster"),
                    integer(r, "spec", "replicas"), (List<String>) required(r, "spec", "roles"));
        }
    }

    /** A CloudNativePG Cluster: service {name}-rw, credentials secret {name}-app. */
    public record PostgresCluster(String name, int instances, String database, String owner) {
        public static PostgresCluster of(GenericKubernetesResource r) {
            return new PostgresCluster(r.getMetadata().getName(), integer(r, "spec", "instances"),
                    string(r, "spec", "bootstrap", "initdb", "database"), string(r, "spec", "bootstrap", "initdb", "owner"));
        }

        public String readWriteService() {
            return name + "-rw";
        }

        public String appSecret() {
            return name + "-app";
        }
    }

    static String label(GenericKubernetesResource r, String key) {
        Map<String, String> labels = r.getMetadata().getLabels();
        return labels == null ? null : labels.get(key);
    }

    static Object required(GenericKubernetesResource r, Object... path) {
        Object value = r.get(path);
        if (value == null) {
            throw new IllegalStateException(r.getKind() + " " + r.getMetadata().getName() + " has no "
                    + String.join(".", java.util.Arrays.stream(path).map(Objects::toString).toList()));
        }
        return value;
    }

    static int integer(GenericKubernetesResource r, Object... path) {
        Object value = required(r, path);
        if (value instanceof Number n) {
            return n.intValue();
        }
        return Integer.parseInt(value.toString());
    }

    static String string(GenericKubernetesResource r, Object... path) {
        return required(r, path).toString();
    }
}
