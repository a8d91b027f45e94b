package vn.minhbach.chassis.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

class PreconditionsTest {

    @Test
    void tagIsTheVersion() {
        assertEquals("\"v7\"", Preconditions.etag(7));
    }

    @Test
    void absentCurrentListedOrStarMatch() {
        assertDoesNotThrow(() -> Preconditions.requireMatch(null, 3));
        assertDoesNotThrow(() -> Preconditions.requireMatch(List.of(), 3));
        assertDoesNotThrow(() -> Preconditions.requireMatch(List.of("\"v3\""), 3));
        assertDoesNotThrow(() -> Preconditions.requireMatch(List.of("\"v1\", \"v3\""), 3));
        assertDoesNotThrow(() -> Preconditions.requireMatch(List.of("*"), 3));
    }

    @Test
    void staleOrWeakTagIs412WithTheCurrentTag() {
        for (String stale : new String[] {"\"v2\"", "W/\"v3\"", "v3", ""}) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> Preconditions.requireMatch(List.of(stale), 3), stale);
            assertEquals(412, e.status());
            assertEquals("precondition-failed", e.key());
            assertEquals("\"v3\"", e.args()[0]);
        }
    }
}
