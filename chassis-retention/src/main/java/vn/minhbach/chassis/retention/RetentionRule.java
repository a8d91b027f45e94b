package vn.minhbach.chassis.retention;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rows of {@code table} that {@link Retention} deletes: those whose {@code timestampColumn} is older
 * than {@code keep} and that match {@code condition} (SQL over the table's own columns, written in
 * code, never from input). An empty {@code keep} keeps every row. A service adds a rule of its own
 * with a CDI producer method returning a {@code RetentionRule}.
 */
public record RetentionRule(String table, String timestampColumn, String condition, Optional<Duration> keep) {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public RetentionRule {
        if (!NAME.matcher(table).matches() || !NAME.matcher(timestampColumn).matches()) {
            throw new IllegalArgumentException("table and column must be plain SQL names: " + table + "." + timestampColumn);
        }
        keep.ifPresent(k -> {
            if (k.isNegative() || k.isZero()) {
                throw new IllegalArgumentException(table + ": a retention period must be positive, was " + k);
            }
        });
        condition = condition == null || condition.isBlank() ? "true" : condition;
    }

    /** One round's statement: up to {@code ?2} rows older than {@code ?1} seconds. */
    String deleteBatch() {
        return "delete from " + table + " where ctid = any(array(select ctid from " + table + " where " + timestampColumn
                + " < now() - make_interval(secs => ?) and (" + condition + ") limit ?))";
    }
}
