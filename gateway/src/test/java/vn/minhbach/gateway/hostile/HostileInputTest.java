package vn.minhbach.gateway.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.hostile.HostileCorpus;
import vn.minhbach.testing.hostile.HostileSuite;

/**
 * The gateway under hostile input: its own operations (the official's overview) and every routed
 * operation of the merged document (the test upstreams echo what reaches them). At least 1,000 bad
 * requests per operation, never a 5xx, every error the gateway makes a problem document. The body
 * limit is the test profile's 64 KiB.
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI base;

    static HostileCorpus.Options options() {
        HostileCorpus.Options d = HostileCorpus.Options.defaults("01.021.99974");
        return new HostileCorpus.Options(d.seed(), d.perOperation(), d.contentSamples(), d.anonymousSamples(),
                64 * 1024, d.unitPath());
    }

    @Test
    void gatewayOwnOperationsSurviveTheirHostileCorpus() {
        HostileSuite.run(new HostileSuite.Settings(base, "01.021", options(), null, null, null,
                op -> op.path().startsWith("/api/"), 4, "/q/openapi-gateway?format=json"));
    }

    @Test
    void routedOperationsSurviveTheirHostileCorpus() {
        HostileSuite.run(new HostileSuite.Settings(base, "01.021", options(), null, null, null,
                op -> op.path().startsWith("/api/") && !op.path().startsWith("/api/v1/me/"), 4, "/q/openapi?format=json"));
    }
}
