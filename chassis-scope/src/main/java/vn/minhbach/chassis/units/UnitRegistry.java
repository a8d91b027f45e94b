package vn.minhbach.chassis.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The service's copy of the unit registry: the table {@code unit_registry} (each service's own
 * migration creates it) and an in-memory {@link UnitDirectory} snapshot every validation reads.
 * programs-service owns the registry and changes it through its admin API; the other services apply
 * its {@code unit.*} events with {@link #apply}. At start the rows of {@code units/hanoi-units.csv}
 * the table lacks are inserted (an existing row, possibly changed by an administrator, is kept).
 */
@ApplicationScoped
public class UnitRegistry {

    private static final Logger LOG = Logger.getLogger(UnitRegistry.class);
    public static final String SEED = "units/hanoi-units.csv";
    private static final String COLUMNS = "path, name, level, bodies, parent_path, valid_from, valid_to, successors, source, version";

    private final AgroalDataSource dataSource;
    private final UnitsConfig config;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private volatile UnitDirectory directory;

    UnitRegistry(AgroalDataSource dataSource, UnitsConfig config, ObjectMapper mapper,
            TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.config = config;
        this.mapper = mapper;
        this.transactions = transactions;
        this.directory = new UnitDirectory(List.of(), config.unregisteredPattern());
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        if (config.seed()) {
            seed();
        }
        reload();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The current snapshot (reloaded after each committed change and every reload interval). */
    public UnitDirectory directory() {
        return directory;
    }

    @Scheduled(every = "${minhbach.units.reload-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledReload() {
        if (config.enabled()) {
            reload();
        }
    }

    public void reload() {
        List<Unit> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select " + COLUMNS + " from unit_registry");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                units.add(read(rs));
            }
        } catch (SQLException e) {
            LOG.warnf("Unit registry not reloaded: %s", e.getMessage());
            return;
        }
        directory = new UnitDirectory(units, config.unregisteredPattern());
    }

    /**
     * Writes a unit in the caller's transaction when it is new or newer than the stored one
     * ({@code version}); the snapshot is reloaded after the commit. Returns false for a stale or
     * repeated version (a redelivered event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(Unit unit) {
        String sql = "insert into unit_registry (" + COLUMNS + ", updated_at) values (?,?,?,?,?,?,?,?,?,?, now())"
                + " on conflict (path) do update set name = excluded.name, level = excluded.level,"
                + " bodies = excluded.bodies, parent_path = excluded.parent_path, valid_from = excluded.valid_from,"
                + " valid_to = excluded.valid_to, successors = excluded.successors, source = excluded.source,"
                + " version = excluded.version, updated_at = now() where unit_registry.version < excluded.version";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, unit);
            boolean applied = s.executeUpdate() > 0;
            if (applied) {
                reloadAfterCommit();
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException("unit registry write failed", e);
        }
    }

    /** Applies a {@code unit.created}, {@code unit.changed} or {@code unit.retired} event's data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(JsonNode data) {
        try {
            return upsert(mapper.treeToValue(data, Unit.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a unit: " + e.getOriginalMessage(), e);
        }
    }

    private void reloadAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    reload();
                }
            }
        });
    }

    void seed() {
        List<Unit> rows = readSeed();
        String sql = "insert into unit_registry (" + COLUMNS + ", updated_at) values (?,?,?,?,?,?,?,?,?,?, now())"
                + " on conflict (path) do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (Unit u : rows) {
                bind(s, u);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            LOG.warnf("Unit registry not seeded (is the unit_registry table migrated?): %s", e.getMessage());
        }
    }

    /** The seed rows: path;name;level;bodies;parent;valid_from;valid_to;successors;source (version 1). */
    public static List<Unit> readSeed() {
        var in = UnitRegistry.class.getClassLoader().getResourceAsStream(SEED);
        if (in == null) {
            throw new IllegalStateException(SEED + " missing from the chassis jar");
        }
        List<Unit> units = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = SemicolonCsv.split(line);
                units.add(new Unit(f.get(0), f.get(1), Unit.Level.valueOf(f.get(2)), words(f.get(3)), blankToNull(f.get(4)),
                        date(f.get(5)), date(f.get(6)), words(f.get(7)), blankToNull(f.get(8)), 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }

    private static void bind(PreparedStatement s, Unit u) throws SQLException {
        s.setString(1, u.path());
        s.setString(2, u.name());
        s.setString(3, u.level().name());
        s.setString(4, String.join(" ", u.bodies()));
        s.setString(5, u.parent());
        s.setDate(6, u.validFrom() == null ? null : Date.valueOf(u.validFrom()));
        s.setDate(7, u.validTo() == null ? null : Date.valueOf(u.validTo()));
        s.setString(8, String.join(" ", u.successors()));
        s.setString(9, u.source());
        s.setLong(10, u.version());
    }

    private static Unit read(ResultSet rs) throws SQLException {
        Date from = rs.getDate("valid_from");
        Date to = rs.getDate("valid_to");
        return new Unit(rs.getString("path"), rs.getString("name"), Unit.Level.valueOf(rs.getString("level")),
                words(rs.getString("bodies")), rs.getString("parent_path"), from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(), words(rs.getString("successors")), rs.getString("source"),
                rs.getLong("version"));
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    /** The seed file's dialect: ';' separated, '"' quoted, '""' an escaped quote. */
    static final class SemicolonCsv {
        static List<String> split(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == ';') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
