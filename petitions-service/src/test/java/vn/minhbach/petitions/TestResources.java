package vn.minhbach.petitions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import vn.minhbach.testing.KafkaTestResource;
import vn.minhbach.testing.PostgresTestResource;

/**
 * The real components every test of this module runs against: the local PostgreSQL (database
 * {@code petitions_test}, cleaned and migrated by Flyway), an in-JVM Kafka broker and a test OIDC server.
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "petitions_test"))
public class TestResources {
}
