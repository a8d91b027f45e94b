package vn.minhbach.chassis.outbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The application's own relay is off, so the test drives relay instances by hand. */
public class ManualRelayProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("minhbach.outbox.enabled", "false");
    }
}
