package vn.minhbach.inspections.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.hostile.HostileSuite;

/**
 * At least 1,000 generated bad requests per operation of the service's own OpenAPI document, sent with
 * a token holding every role (unit 01.021) plus an anonymous sample: never a 5xx, every error a
 * problem document without internals, and the database (audit log included) unchanged by them.
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationSurvivesItsHostileCorpus() {
        HostileSuite.run(HostileSuite.Settings.forService(base, "01.021.99972"));
    }
}
