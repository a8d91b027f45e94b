package vn.minhbach.programs.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.RowLevelSecurityCatalog;

/**
 * Every table with a unit column is under row-level security (V60_2, V60_3), except the ones V60_3
 * names with a reason; and no table has row security without a policy.
 */
@QuarkusTest
class RowLevelSecurityCatalogTest {

    @Test
    void everyTableWithAUnitColumnIsScopedOrNamedWithAReason() throws Exception {
        // change_event: read by integration clients without a unit claim, filtered by FeedScope (V60_3)
        assertEquals(List.of("change_event"), RowLevelSecurityCatalog.tablesWithUnitColumnWithoutRowSecurity());
        assertEquals(List.of(), RowLevelSecurityCatalog.tablesWithRowSecurityWithoutPolicy());
    }
}
