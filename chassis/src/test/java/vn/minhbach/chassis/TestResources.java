package vn.minhbach.chassis;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.minhbach.testing.KafkaTestResource;
import vn.minhbach.testing.PostgresTestResource;

/** Real PostgreSQL (database chassis_test), the in-JVM Kafka broker and the test OIDC server. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "chassis_test"))
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public class TestResources {
}
