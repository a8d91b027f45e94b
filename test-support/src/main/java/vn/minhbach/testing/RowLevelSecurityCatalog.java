package vn.minhbach.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the migrated test database's catalog (as its owner): which tables carry a unit column but no
 * row-level security. Each service's test compares it with the tables its V60_3 names, with a reason,
 * as not unit-scoped, so a table added later with a unit column cannot miss the unit scope silently.
 */
public final class RowLevelSecurityCatalog {

    private RowLevelSecurityCatalog() {
    }

    /** Tables of schema public with a column {@code unit_path} or {@code owner_unit} and row security off. */
    public static List<String> tablesWithUnitColumnWithoutRowSecurity() throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = PostgresTestResource.ownerConnection();
             var q = c.prepareStatement("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relrowsecurity"
                     + " and exists (select 1 from pg_attribute a where a.attrelid = c.oid and not a.attisdropped"
                     + " and a.attname in ('unit_path', 'owner_unit')) order by 1");
             var rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Tables of schema public with row-level security on but no policy (they would answer nothing). */
    public static List<String> tablesWithRowSecurityWithoutPolicy() throws SQLException {
        List<String> out = new ArrayList<>();
        try (var c = PostgresTestResource.ownerConnection();
             var q = c.prepareStatement("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'public' and c.relrowsecurity"
                     + " and not exists (select 1 from pg_policy p where p.polrelid = c.oid) order by 1");
             var rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
