package vn.minhbach.chassis.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Deletes rows past their retention, in small batches, for the chassis' tables (sent {@code outbox}
 * rows; {@code processed_event} only when configured) and for every {@link RetentionRule} a service
 * produces. One mechanism for every table that would otherwise grow without end; the audit log is
 * never among them (it is evidence).
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    RetentionConfig config;
    @Inject
    Instance<RetentionRule> serviceRules;

    @Scheduled(every = "${minhbach.retention.interval:1h}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            Map<String, Long> deleted = runOnce();
            deleted.values().removeIf(n -> n == 0);
            if (!deleted.isEmpty()) {
                LOG.infof("Retention deleted rows past their period: %s", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Retention round failed, the next round retries: %s", e.toString());
        }
    }

    /** The rules in force: the chassis' own, then the service's. */
    public List<RetentionRule> rules() {
        List<RetentionRule> rules = new ArrayList<>();
        rules.add(new RetentionRule("outbox", "sent_at", "sent_at is not null", config.outboxSent()));
        rules.add(new RetentionRule("processed_event", "processed_at", null, config.processedEvents()));
        serviceRules.forEach(rules::add);
        return rules;
    }

    /**
     * One round over every rule now; rows deleted per table. A rule that keeps everything is absent, and
     * so is one whose table this service does not have (a chassis mechanism the service does not use).
     * A failing rule does not stop the others; the round then fails with the first failure.
     */
    public Map<String, Long> runOnce() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (RetentionRule rule : rules()) {
            if (rule.keep().isEmpty()) {
                continue;
            }
            try {
                if (tableExists(rule.table())) {
                    deleted.merge(rule.table(), purge(rule), Long::sum);
                }
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return deleted;
    }

    private boolean tableExists(String table) {
        try (var connection = dataSource.getConnection();
                var check = connection.prepareStatement("select to_regclass(?) is not null")) {
            check.setString(1, table);
            try (var rows = check.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up table " + table, e);
        }
    }

    private long purge(RetentionRule rule) {
        long total = 0;
        String sql = rule.deleteBatch();
        try (var connection = dataSource.getConnection(); var delete = connection.prepareStatement(sql)) {
            delete.setLong(1, rule.keep().orElseThrow().toSeconds());
            delete.setInt(2, config.batchSize());
            int n;
            do {
                n = delete.executeUpdate();
                total += n;
            } while (n == config.batchSize());
        } catch (SQLException e) {
            throw new IllegalStateException("retention of " + rule.table() + " failed", e);
        }
        return total;
    }
}
