package vn.minhbach.inspections.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.hostile.HostileCorpus;
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
        var config = ConfigProvider.getConfig();
        HostileSuite.run(new HostileSuite.Settings(base, "01.021",
                HostileCorpus.Options.defaults("01.021.99972"),
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""),
                op -> op.path().startsWith("/api/"), 4));
    }
}
