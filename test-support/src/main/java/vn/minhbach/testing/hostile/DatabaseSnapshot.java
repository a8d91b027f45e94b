package vn.minhbach.testing.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Row count and a content checksum ({@code sum(hashtext(row::text))}) of every table of a database,
 * to prove that rejected requests changed nothing, audit log included. Background work (the outbox
 * relay marking rows sent, the audit sealer chaining entries) is let settle first.
 */
public final class DatabaseSnapshot {

    /** Tables whose changes are not caused by requests: migration history and the consumer inbox. */
    public static final Set<String> IGNORED = Set.of("flyway_schema_history", "processed_event");

    private DatabaseSnapshot() {
    }

    public static Map<String, String> take(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password == null ? "" : password)) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, String> out = new TreeMap<>();
            for (String t : tables) {
                if (IGNORED.contains(t)) {
                    continue;
                }
                try (var rs = c.createStatement().executeQuery("select count(*), coalesce(sum(hashtext(t::text)::bigint), 0) from \""
                        + t.replace("\"", "") + "\" t")) {
                    rs.next();
                    out.put(t, rs.getLong(1) + " rows, checksum " + rs.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot snapshot " + jdbcUrl, e);
        }
    }

    /**
     * A snapshot taken once background work has settled, within ~20 s: no audit entry is left for the
     * sealer and two consecutive snapshots agree. Agreement alone is not enough: the sealer runs every
     * 2 s, so two snapshots 1.5 s apart can both fall before it seals entries an earlier test left.
     */
    public static Map<String, String> settled(String jdbcUrl, String user, String password) {
        Map<String, String> previous = take(jdbcUrl, user, password);
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            sleep(1500);
            Map<String, String> now = take(jdbcUrl, user, password);
            if (now.equals(previous) && unsealedAuditEntries(jdbcUrl, user, password) == 0) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    /** Audit entries the sealer has not chained yet (every service's database has the chassis audit log). */
    static long unsealedAuditEntries(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password == null ? "" : password);
             var rs = c.createStatement().executeQuery("select count(*) from audit_log where seq is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count unsealed audit entries in " + jdbcUrl, e);
        }
    }

    /** The tables that differ, as "table: before -> after" lines; empty when equal. */
    public static List<String> diff(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String t : names) {
            if (!java.util.Objects.equals(before.get(t), after.get(t))) {
                out.add(t + ": " + before.get(t) + " -> " + after.get(t));
            }
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
