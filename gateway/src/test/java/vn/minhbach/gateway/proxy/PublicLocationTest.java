package vn.minhbach.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicLocationTest {

    static final URI UPSTREAM = URI.create("http://127.0.0.1:8081");
    static final URI PUBLIC = URI.create("https://api.minhbach.example.vn");

    @Test
    void theBackendsOriginBecomesThePublicOne() {
        assertEquals("https://api.minhbach.example.vn/api/v1/petitions/7",
                PublicLocation.rewrite("http://127.0.0.1:8081/api/v1/petitions/7", UPSTREAM, PUBLIC));
        assertEquals("https://api.minhbach.example.vn/api/v1/petitions?externalReference=a%20b#x",
                PublicLocation.rewrite("http://127.0.0.1:8081/api/v1/petitions?externalReference=a%20b#x", UPSTREAM,
                        PUBLIC));
        assertEquals("https://gw.example.vn/minhbach/api/v1/petitions/7", PublicLocation.rewrite(
                "http://127.0.0.1:8081/api/v1/petitions/7", UPSTREAM, URI.create("https://gw.example.vn/minhbach/")));
    }

    @Test
    void otherOriginsAndRelativeLinksAreLeftAlone() {
        for (String link : new String[] {"/api/v1/petitions/7", "http://127.0.0.1:8082/api/v1/teams/1",
                "https://other.example.vn/x", "http://127.0.0.1/api", "not a uri ::"}) {
            assertEquals(link, PublicLocation.rewrite(link, UPSTREAM, PUBLIC));
        }
        assertEquals("http://127.0.0.1:8081/a", PublicLocation.rewrite("http://127.0.0.1:8081/a", UPSTREAM, null));
    }
}
