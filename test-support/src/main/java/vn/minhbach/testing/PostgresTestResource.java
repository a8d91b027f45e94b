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
 *
 * <p>As in production, Flyway migrates as the owner ({@code DB_USER}, default {@code postgres}) and the
 * service connects as the runtime role {@code DB_APP_USER} (default {@code minhbach_app}), which owns
 * nothing and is subject to row-level security; the role is created here when missing.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "minhbach_test";

    /** The runtime role of the tests (no superuser, no BYPASSRLS, owns nothing). */
    public static final String APP_ROLE_DEFAULT = "minhbach_app";

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
        String appUser = env("DB_APP_USER", APP_ROLE_DEFAULT);
        String appPassword = env("DB_APP_PASSWORD", appUser);
        if (!appUser.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("DB_APP_USER may hold only a-z, 0-9 and _");
        }
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (var connection = DriverManager.getConnection(admin, user, password);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database \"" + database + "\"");
                }
            }
            ensureRole(connection, appUser, appPassword);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + admin
                    + " (start it: pg_ctlcluster --skip-systemctl-redirect 15 main start)", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", appUser,
                "quarkus.datasource.password", appPassword,
                "quarkus.flyway.username", user,
                // Quarkus uses the Flyway user only with a non-empty password; trust auth ignores it
                "quarkus.flyway.password", password.isEmpty() ? "unused-with-trust-auth" : password,
                "quarkus.flyway.placeholders.app-role", appUser);
    }

    /** Creates the login role when missing; two test runs creating it at once are both fine. */
    static void ensureRole(java.sql.Connection connection, String role, String password) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("do $$ begin"
                    + " create role " + role + " login nosuperuser nobypassrls nocreatedb nocreaterole"
                    + " password '" + password.replace("'", "''") + "';"
                    + " exception when duplicate_object or unique_violation then null; end $$");
        }
    }

    /**
     * A connection as the owner of the test database (for tests that act as a DBA would, e.g.
     * tampering with the audit log), from the running test's configuration.
     */
    public static java.sql.Connection ownerConnection() throws SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getOptionalValue("quarkus.flyway.password", String.class).orElse(""));
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
