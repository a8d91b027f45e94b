package vn.minhbach.chassis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit keys reach the chassis as the platform hands them over: environment variables
 * {@code MINHBACH_AUDIT_KEYS_<ID>} (deploy/local/up's secrets.env, the Kubernetes secret
 * {@code minhbach-audit-keys}) and {@code MINHBACH_AUDIT_ACTIVE_KEY}. The key id in the entries is the
 * lower-case id ({@code a1}), the default active key.
 */
class AuditKeyConfigTest {

    private static AuditConfig fromEnvironment(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(env, 300))
                .withMapping(AuditConfig.class)
                .build();
        return config.getConfigMapping(AuditConfig.class);
    }

    @Test
    void keysFromEnvironmentVariablesAreFoundUnderTheirLowerCaseIds() {
        AuditConfig one = fromEnvironment(Map.of("MINHBACH_AUDIT_KEYS_A1", "a2V5LW9uZQ=="));
        assertEquals("a1", one.activeKey());
        assertEquals(Set.of("a1"), one.keys().keySet());
        assertEquals("a2V5LW9uZQ==", one.keys().get(one.activeKey()));

        AuditConfig rotated = fromEnvironment(Map.of("MINHBACH_AUDIT_KEYS_A1", "a2V5LW9uZQ==",
                "MINHBACH_AUDIT_KEYS_A2", "a2V5LXR3bw==", "MINHBACH_AUDIT_ACTIVE_KEY", "a2"));
        assertEquals("a2", rotated.activeKey());
        assertEquals(Set.of("a1", "a2"), rotated.keys().keySet());
    }
}
