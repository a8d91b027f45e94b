package vn.minhbach.e2e.scenario;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Gives the scenario test what it needs from the local stack: empty databases (the figures are
 * exact), and a gateway whose per-client rate limit lets the loader replay two districts' 20 months
 * in a few minutes. It stops the stack ({@code deploy/local/down}), drops the three service
 * databases, and starts it again ({@code deploy/local/up}) with the loader's rate limit; Flyway
 * recreates the schemas. Kafka keeps its topics and the consumers their offsets, so no old event
 * is read again.
 */
final class LocalStackReset {

    /** Requests per minute per client the loader needs at the gateway (the default is 600). */
    static final String LOADER_RATE_LIMIT = System.getProperty("minhbach.scenario.rate-limit", "100000");

    private LocalStackReset() {}

    static void resetToEmptyDatabases() {
        Path repo = Path.of(System.getProperty("minhbach.repo.dir", "..")).toAbsolutePath().normalize();
        Path logs = repo.resolve("e2e/target");
        System.out.println("[e2e] scenario: restarting the local stack on empty databases (log: e2e/target/scenario-reset.log)");
        run(repo, logs, List.of("deploy/local/down"), Map.of(), 180);
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "5432");
        String user = env("DB_USER", "postgres");
        for (String db : System.getProperty("minhbach.scenario.databases", "petitions,inspections,programs").split(",")) {
            List<String> psql = new ArrayList<>(List.of("psql", "-h", host, "-p", port, "-U", user, "-d", "postgres",
                    "-v", "ON_ERROR_STOP=1", "-c", "drop database if exists \"" + db.trim() + "\" with (force)"));
            run(repo, logs, psql, Map.of("PGPASSWORD", env("DB_PASSWORD", "")), 60);
        }
        run(repo, logs, List.of("deploy/local/up", "--quiet"),
                Map.of("MINHBACH_GATEWAY_RATE_LIMIT_AUTHENTICATED_REQUESTS", LOADER_RATE_LIMIT), 900);
    }

    private static void run(Path repo, Path logs, List<String> command, Map<String, String> env, long seconds) {
        Path log = logs.resolve("scenario-reset.log");
        try {
            Files.createDirectories(logs);
            ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroy();
                throw new IllegalStateException(command + " did not finish within " + seconds + " s; see " + log);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (exit " + p.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
