package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.Layering;

/**
 * Plain JUnit on the compiled classes (issue 21.4): the domain apart from the web. Petitions-service does not
 * hold yet (its services still build views and read requests of the {@code rest} package, and some resources
 * query): the classes that still break a rule are named here, so the list can only shrink — a class not named
 * that breaks a rule fails, and a named class that no longer breaks it must be taken off.
 */
class LayeringTest {

    /** Classes outside {@code rest} that still use {@code rest} types (views built in services, requests read). */
    static final Set<String> STILL_USING_WEB_TYPES = Set.of();

    /** Resources that still query the database themselves. */
    static final Set<String> STILL_QUERYING = Set.of();


    @Test
    void nothingNewOutsideRestDependsOnRest() {
        assertEquals(STILL_USING_WEB_TYPES, classes(Layering.domainDependingOnWeb("vn.minhbach.petitions")));
    }

    @Test
    void noNewResourceReachesTheDatabase() {
        assertEquals(STILL_QUERYING, classes(Layering.resourcesAccessingData("vn.minhbach.petitions")));
    }

    /** The top-level classes named first in the violation lines. */
    static Set<String> classes(List<String> violations) {
        Set<String> out = new TreeSet<>();
        for (String line : violations) {
            Matcher m = Pattern.compile("<(vn\\.minhbach\\.petitions\\.[\\w.]+)").matcher(line);
            if (m.find()) {
                String name = m.group(1);
                // a method reference ends in the method name: keep the class (first capitalised segment onwards)
                String[] parts = name.split("\\.");
                StringBuilder cls = new StringBuilder();
                for (String p : parts) {
                    cls.append(cls.length() == 0 ? "" : ".").append(p);
                    if (Character.isUpperCase(p.charAt(0))) {
                        break;
                    }
                }
                out.add(cls.toString().replace("vn.minhbach.petitions.", ""));
            }
        }
        return out;
    }
}
