package vn.minhbach.chassis.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sent outbox rows go after their period; unsent rows stay whatever their age (they are events not
 * yet on the topic), and so does the inbox while no period is configured for it.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void sentOutboxRowsPastTheirPeriodAreDeletedAndNothingElse() throws SQLException {
        String run = "retention-" + UUID.randomUUID();
        insertOutbox(run + "-sent-old", "now() - interval '8 days'", "now() - interval '8 days'");
        insertOutbox(run + "-sent-recent", "now() - interval '8 days'", "now() - interval '1 day'");
        insertOutbox(run + "-unsent-old", "now() - interval '30 days'", null);
        execute("insert into processed_event (consumer, event_id, processed_at) values ('" + run
                + "', 'e1', now() - interval '400 days')");

        var deleted = retention.runOnce();

        assertEquals(0, count("select count(*) from outbox where aggregate_id = '" + run + "-sent-old'"),
                "a row sent 8 days ago is past the default 7 days");
        assertEquals(1, count("select count(*) from outbox where aggregate_id = '" + run + "-sent-recent'"));
        assertEquals(1, count("select count(*) from outbox where aggregate_id = '" + run + "-unsent-old'"),
                "an unsent event is never deleted");
        assertEquals(1, count("select count(*) from processed_event where consumer = '" + run + "'"),
                "the inbox keeps every row unless a period is configured");
        assertEquals(true, deleted.get("outbox") >= 1, deleted::toString);
        assertEquals(false, deleted.containsKey("processed_event"), deleted::toString);
    }

    @Test
    void aRuleNamesOnlyPlainTablesAndPositivePeriods() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetentionRule("outbox; drop table x", "sent_at", null, Optional.of(Duration.ofDays(1))));
        assertThrows(IllegalArgumentException.class,
                () -> new RetentionRule("outbox", "sent_at", null, Optional.of(Duration.ZERO)));
        assertEquals("true", new RetentionRule("outbox", "sent_at", " ", Optional.empty()).condition());
    }

    private void insertOutbox(String aggregate, String created, String sent) throws SQLException {
        execute("insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, created_at, sent_at) values ('"
                + UUID.randomUUID() + "', 'widget', '" + aggregate + "', 'widget.changed', '{}', " + created + ", "
                + (sent == null ? "null" : sent) + ")");
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
