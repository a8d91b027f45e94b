package vn.minhbach.programs;

import vn.minhbach.programs.rest.Roles;
import vn.minhbach.testing.RoleCatalogueChecks;

/** Issue 21.6: {@link Roles} is this service's one role catalogue (the checks: {@link RoleCatalogueChecks}). */
class RoleCatalogueTest extends RoleCatalogueChecks {

    RoleCatalogueTest() {
        super(Roles.class);
    }
}
