package vn.minhbach.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.ResourceConventions;

/** Plain JUnit on the compiled resources: every state-changing endpoint honours Idempotency-Key (issue 19.6). */
class ResourceConventionsTest {

    @Test
    void everyResourceThatChangesStateIsIdempotent() {
        assertEquals(List.of(), ResourceConventions.stateChangingResourcesWithoutIdempotent());
    }
}
