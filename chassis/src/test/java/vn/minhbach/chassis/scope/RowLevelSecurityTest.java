package vn.minhbach.chassis.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.testing.PostgresTestResource;

/**
 * Row-level security as the services meet it: the tests' datasource is the runtime role (owns nothing,
 * no superuser, no BYPASSRLS), so a policy can hide rows from it; a query with no unit condition at all
 * answers only the scope the connection carries. audit_log is the chassis' own unit-scoped table.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceConnectsAsARoleThatOwnsNothingAndFlywayAsTheOwner() throws SQLException {
        assertNull(RuntimeRoleCheck.problem(dataSource), "the runtime role may not bypass row-level security");
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select current_user, r.rolsuper, r.rolbypassrls, pg_get_userbyid(t.relowner)"
                     + " from pg_roles r, pg_class t where r.rolname = current_user and t.relname = 'audit_log'"
                     + " and t.relnamespace = to_regnamespace(current_schema())")) {
            assertTrue(rs.next());
            var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
            assertEquals(config.getValue("quarkus.datasource.username", String.class), rs.getString(1));
            assertFalse(rs.getBoolean(2), "not a superuser");
            assertFalse(rs.getBoolean(3), "no BYPASSRLS");
            assertNotEquals(rs.getString(1), rs.getString(4));
            assertEquals(config.getValue("quarkus.flyway.username", String.class), rs.getString(4),
                    "Flyway's user, the owner, owns the tables");
        }
    }

    @Test
    void anOfficialOf01019CannotReadA01021RowThroughAQueryThatForgotItsWhereClause() throws SQLException {
        String id = "rls-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record("an.nv", "widget.renamed", "widget", id, "01.021", null);
            audit.record("an.nv", "widget.renamed", "widget", id, "01.021.00611", null);
            audit.record("binh.tt", "widget.renamed", "widget", id, "01.019", null);
        });
        assertEquals(List.of("01.019"), seen("01.019", id));
        assertEquals(List.of("01.021", "01.021.00611"), seen("01.021", id));
        assertEquals(List.of("01.021.00611"), seen("01.021.00611", id));
        assertEquals(List.of(), seen("01.02", id), "a scope is a path of units, not a string prefix");
        assertEquals(List.of(), seen(DatabaseScope.NONE, id), "an official without a unit sees nothing");
        assertEquals(List.of("01.019", "01.021", "01.021.00611"), seen(DatabaseScope.SYSTEM, id));

        // The owner is not subject to the policies: the rows exist, the runtime role does not see them.
        try (Connection c = PostgresTestResource.ownerConnection()) {
            assertEquals(List.of("01.019", "01.021", "01.021.00611"), units(c, "01.019", id));
        }
    }

    @Test
    void aPooledConnectionNeverCarriesThePreviousBorrowersScope() throws SQLException {
        for (int i = 0; i < 5; i++) {
            try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
                var rs = s.executeQuery("select current_setting('" + DatabaseScope.SETTING + "', true)");
                rs.next();
                assertEquals(DatabaseScope.SYSTEM, rs.getString(1), "no request here: the system scope");
                s.execute("select set_config('" + DatabaseScope.SETTING + "', '01.019', false)");
            }
        }
    }

    /** What a query with no unit condition returns on the runtime connection of a caller of {@code scope}. */
    private List<String> seen(String scope, String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return units(c, scope, id);
        }
    }

    private static List<String> units(Connection c, String scope, String id) throws SQLException {
        try (var set = c.prepareStatement("select set_config('" + DatabaseScope.SETTING + "', ?, false)")) {
            set.setString(1, scope);
            set.execute();
        }
        List<String> units = new ArrayList<>();
        try (var s = c.prepareStatement("select unit_path from audit_log where entity_id = ? order by unit_path")) {
            s.setString(1, id);
            var rs = s.executeQuery();
            while (rs.next()) {
                units.add(rs.getString(1));
            }
        }
        return units;
    }
}
