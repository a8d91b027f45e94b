package vn.minhbach.testing;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Plain JDBC reads of a test, on the data source it names (e.g. the service's own, injected). */
public final class Sql {

    private Sql() {
    }

    /** The single number {@code sql} answers (e.g. {@code select count(*) … where x = ?}) with {@code args} bound. */
    public static long count(DataSource db, String sql, Object... args) {
        try (var c = db.getConnection(); var q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
