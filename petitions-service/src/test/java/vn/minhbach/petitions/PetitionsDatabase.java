package vn.minhbach.petitions;

import java.util.HashMap;
import java.util.Map;
import vn.minhbach.testing.PostgresTestResource;

/**
 * The test database: {@code petitions_test} (docs/contracts.md), or {@code PETITIONS_TEST_DB} when
 * set, so two checkouts building at once on one PostgreSQL do not clean each other's schema mid-run.
 */
public class PetitionsDatabase extends PostgresTestResource {

    @Override
    public void init(Map<String, String> initArgs) {
        Map<String, String> args = new HashMap<>(initArgs);
        String override = System.getenv("PETITIONS_TEST_DB");
        if (override != null && override.matches("[a-z0-9_]{1,63}")) {
            args.put("database", override);
        }
        super.init(args);
    }
}
