package vn.minhbach.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.RoleCatalogue;

/**
 * Issue 21.6: the gateway's access table names only roles the realm issues, and its list of the project's
 * roles is exactly the realm's (plain JUnit over application.properties and the realm file).
 */
class RoleCatalogueTest {

    static final Path PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    @Test
    void theAccessTableNamesOnlyRolesTheRealmIssues() {
        Set<String> unknown = new TreeSet<>(RoleCatalogue.rolesInProperties(PROPERTIES));
        unknown.removeAll(RoleCatalogue.realmRoles());
        assertEquals(Set.of(), unknown, "roles in the gateway's configuration the realm does not issue");
    }

    @Test
    void theProjectRolesAreTheRealmsRoles() throws Exception {
        Properties p = new Properties();
        try (var in = java.nio.file.Files.newInputStream(PROPERTIES)) {
            p.load(in);
        }
        Set<String> listed = new TreeSet<>(Set.of(p.getProperty("minhbach.gateway.project-roles").split(",")));
        assertEquals(RoleCatalogue.realmRoles(), listed);
    }
}
