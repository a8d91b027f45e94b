package vn.minhbach.chassis.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

class SortTest {

    static final Map<String, String> ALLOWED = new LinkedHashMap<>();
    static {
        ALLOWED.put("receivedDate", "p.receivedDate");
        ALLOWED.put("number", "p.number");
        ALLOWED.put("id", "p.id");
    }

    @Test
    void absentGivesTheDefault() {
        assertEquals("p.receivedDate desc, p.id", Sort.orderBy(null, ALLOWED, "p.receivedDate desc, p.id", "p.id"));
        assertEquals("x", Sort.orderBy(" ", ALLOWED, "x", "p.id"));
    }

    @Test
    void fieldsInOrderWithDirectionAndTieBreaker() {
        assertEquals("p.receivedDate desc, p.number asc, p.id asc",
                Sort.orderBy("-receivedDate,number", ALLOWED, "d", "p.id"));
        assertEquals("p.id desc", Sort.orderBy("-id", ALLOWED, "d", "p.id"));
    }

    @Test
    void unknownRepeatedOrInjectedFieldsAre400NamingTheAllowedOnes() {
        for (String bad : new String[] {"name", "receivedDate,receivedDate", "receivedDate;drop table x",
                "-", "receivedDate,", "a,b,c,d,e,f"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Sort.orderBy(bad, ALLOWED, "d", "p.id"),
                    bad);
            assertEquals(400, e.status());
            assertEquals("sort-invalid", e.key());
            assertEquals("receivedDate, number, id", e.args()[0]);
        }
    }
}
