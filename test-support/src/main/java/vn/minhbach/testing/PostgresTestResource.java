package vn.minhbach.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Points a test run at its own database on the real local PostgreSQL, creating it when missing.
 * Flyway then cleans and migrates it ({@code %test} profile), so every run starts from the schema
 * the migrations build. Host, port and user follow the same environment variables as the services.
 * {@code MINHBACH_TEST_DB_SUFFIX} (e.g. {@code _ci}) is appended to the database name, so two
 * checkouts testing at once on one PostgreSQL do not clean each other's schema mid-run.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "minhbach_test";

    @Override
    public void init(Map<String, String> initArgs) {
        String suffix = System.getenv().getOrDefault("MINHBACH_TEST_DB_SUFFIX", "");
        if (!suffix.matches("[a-z0-9_]{0,20}")) {
            throw new IllegalArgumentException("MINHBACH_TEST_DB_SUFFIX may hold only a-z, 0-9 and _");
        }
        database = initArgs.getOrDefault("database", database) + suffix;
    }

    @Override
    public Map<String, String> start() {
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "5432");
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (var connection = DriverManager.getConnection(admin, user, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + admin
                    + " (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
