package vn.minhbach.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.TestTokens;

/** Issue 19.6 at the edge: Location carries the public origin, answers are gzipped on request. */
@QuarkusTest
class IntegratorHttpTest {

    static final String TOKEN = TestTokens.token("svc", "01", "petition-intake");

    @Test
    void aLocationWithTheBackendsOriginGetsTheOriginTheClientUsed() {
        given().auth().oauth2(TOKEN).header("Host", "api.minhbach.test")
                .when().post("/api/v1/petitions/located")
                .then().statusCode(201)
                .header("Location", equalTo("http://api.minhbach.test/api/v1/petitions/42?x=1"));
    }

    @Test
    void theMergedDocumentIsGzippedWhenAccepted() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        given().config(raw).header("Accept-Encoding", "gzip").when().get("/q/openapi")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
        given().config(raw).header("Accept-Encoding", "identity").when().get("/q/openapi")
                .then().statusCode(200).header("Content-Encoding", nullValue());
    }
}
