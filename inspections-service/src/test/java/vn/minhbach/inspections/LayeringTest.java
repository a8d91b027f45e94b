package vn.minhbach.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Layering;

/**
 * Plain JUnit on the compiled classes (issue 21.4): the domain apart from the web. Services take commands and
 * return domain results, and no resource reads or writes the database itself (queries live in the per-aggregate
 * query classes of {@code service}).
 */
class LayeringTest {

    @Test
    void nothingOutsideRestDependsOnRest() {
        assertEquals(List.of(), Layering.domainDependingOnWeb("vn.minhbach.inspections"));
    }

    @Test
    void noResourceReachesTheDatabase() {
        assertEquals(List.of(), Layering.resourcesAccessingData("vn.minhbach.inspections"));
    }
}
