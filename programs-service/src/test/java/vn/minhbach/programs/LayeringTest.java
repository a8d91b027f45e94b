package vn.minhbach.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Layering;

/**
 * Plain JUnit on the compiled classes (issue 21.4): the domain apart from the web. Services take commands and
 * return domain results, queries live in the service layer's query classes, resources only map HTTP.
 */
class LayeringTest {

    @Test
    void nothingOutsideRestDependsOnRest() {
        assertEquals(List.of(), Layering.domainDependingOnWeb("vn.minhbach.programs"));
    }

    @Test
    void noResourceReachesTheDatabase() {
        assertEquals(List.of(), Layering.resourcesAccessingData("vn.minhbach.programs"));
    }
}
