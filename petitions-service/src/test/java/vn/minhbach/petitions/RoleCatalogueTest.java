package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.RoleCatalogue;

/**
 * Issue 21.6: {@link Roles} is this service's one role catalogue. Every role it names is issued by the realm,
 * and every {@code @RolesAllowed} of its resources names a role of the catalogue (no role typed as a string
 * elsewhere, none renamed in one place only). Plain JUnit over the compiled classes and the realm file.
 */
class RoleCatalogueTest {

    @Test
    void everyRoleOfTheCatalogueIsIssuedByTheRealm() {
        Set<String> missing = new TreeSet<>(RoleCatalogue.constants(Roles.class));
        missing.removeAll(RoleCatalogue.realmRoles());
        assertEquals(Set.of(), missing, "roles the realm does not issue");
    }

    @Test
    void everyRoleAResourceAllowsIsInTheCatalogue() {
        Set<String> unknown = new TreeSet<>(RoleCatalogue.rolesAllowedOnResources());
        unknown.removeAll(RoleCatalogue.constants(Roles.class));
        assertEquals(Set.of(), unknown, "roles allowed on resources but not in Roles");
    }
}
