package vn.minhbach.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The test OIDC server (signing {@code TestTokens}) and the fake upstream services. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeUpstreams.class)
public class TestResources {
}
