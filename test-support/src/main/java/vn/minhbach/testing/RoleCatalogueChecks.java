package vn.minhbach.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 21.6: a service's {@code Roles} class is its one role catalogue. Every role it names is issued by the
 * realm, and every {@code @RolesAllowed} of its resources names a role of the catalogue (no role typed as a
 * string elsewhere, none renamed in one place only). Plain JUnit over the compiled classes and the realm file
 * ({@link RoleCatalogue}); a service's test is this class given its {@code Roles}:
 *
 * <pre>
 * class RoleCatalogueTest extends RoleCatalogueChecks {
 *     RoleCatalogueTest() {
 *         super(Roles.class);
 *     }
 * }
 * </pre>
 */
public abstract class RoleCatalogueChecks {

    private final Class<?> roles;

    protected RoleCatalogueChecks(Class<?> roles) {
        this.roles = roles;
    }

    @Test
    void everyRoleOfTheCatalogueIsIssuedByTheRealm() {
        Set<String> missing = new TreeSet<>(RoleCatalogue.constants(roles));
        missing.removeAll(RoleCatalogue.realmRoles());
        assertEquals(Set.of(), missing, "roles the realm does not issue");
    }

    @Test
    void everyRoleAResourceAllowsIsInTheCatalogue() {
        Set<String> unknown = new TreeSet<>(RoleCatalogue.rolesAllowedOnResources());
        unknown.removeAll(RoleCatalogue.constants(roles));
        assertEquals(Set.of(), unknown, "roles allowed on resources but not in " + roles.getSimpleName());
    }
}
