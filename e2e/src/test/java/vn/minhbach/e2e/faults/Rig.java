package vn.minhbach.e2e.faults;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The fault tests' hands on the local stack: the scripts of {@code deploy/local} (kill, restart,
 * extra instances, up), PostgreSQL through {@code psql}, direct health probes of a service. Every
 * command's output goes to {@code e2e/target/faults.log}; what a test counted goes to stdout and to
 * {@code e2e/target/faults-summary.txt}.
 */
final class Rig {

    static final String PETITIONS_TOPIC = "minhbach.petitions.v1";
    static final String KAFKA = System.getProperty("minhbach.kafka.bootstrap", "127.0.0.1:9092");
    static final String DB_HOST = env("DB_HOST", "127.0.0.1");
    static final String DB_PORT = env("DB_PORT", "5432");
    static final String DB_USER = env("DB_USER", "postgres");
    /** The services' databases, overridable like deploy/local/up's. */
    static final String PETITIONS_DB = env("PETITIONS_DB", "petitions");
    static final String INSPECTIONS_DB = env("INSPECTIONS_DB", "inspections");
    static final String PROGRAMS_DB = env("PROGRAMS_DB", "programs");

    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Rig() {
    }

    static Path repo() {
        return Path.of(System.getProperty("minhbach.repo.dir", "..")).toAbsolutePath().normalize();
    }

    static Path target() {
        return repo().resolve("e2e/target");
    }

    /** Runs {@code deploy/local/<script> args...}; fails the test if it does not exit 0 within the time. */
    static void script(Duration timeout, String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add("deploy/local/" + script);
        command.addAll(Arrays.asList(args));
        int exit = run(command, timeout);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "); see "
                    + target().resolve("faults.log"));
        }
    }

    /** kill -9 of a component's process group: a crash, no shutdown hook runs. */
    static void crash(String component) {
        say("kill -9 " + component);
        script(Duration.ofSeconds(60), "kill", "--kill", component);
    }

    /** A clean stop (SIGTERM), as an operator or an orchestrator would do it. */
    static void stop(String component) {
        say("stop (SIGTERM) " + component);
        script(Duration.ofSeconds(60), "kill", "--term", component);
    }

    /** {@code deploy/local/up}: starts whatever is not running and waits until it is ready. */
    static void up() {
        say("deploy/local/up");
        script(Duration.ofMinutes(5), "up", "--quiet");
        say("stack up again");
    }

    static void startInstance(String service, int port) {
        say("start an extra " + service + " on port " + port);
        script(Duration.ofMinutes(4), "instance", "start", service, Integer.toString(port));
    }

    static void stopInstance(String service, int port) {
        say("stop the extra " + service + " on port " + port);
        script(Duration.ofSeconds(60), "instance", "stop", service, Integer.toString(port));
    }

    /** Runs a command in the repository, output appended to faults.log; its exit code. */
    static int run(List<String> command, Duration timeout) {
        Path log = target().resolve("faults.log");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "===== " + Instant.now() + " " + String.join(" ", command) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process p = new ProcessBuilder(command).directory(repo().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + timeout + "; see " + log);
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    /** Rows of a query, columns separated by '|', through psql (no JDBC driver on this classpath). */
    static List<String> psql(String database, String sql) {
        List<String> command = List.of("psql", "-h", DB_HOST, "-p", DB_PORT, "-U", DB_USER, "-d", database,
                "-v", "ON_ERROR_STOP=1", "-X", "-q", "-t", "-A", "-F", "|", "-c", sql);
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", env("DB_PASSWORD", ""));
            pb.environment().put("PGCONNECT_TIMEOUT", "5");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("psql on " + database + " failed: " + out.strip() + "\n  " + sql);
            }
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run psql", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long psqlCount(String database, String sql) {
        List<String> rows = psql(database, sql);
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).trim());
    }

    /**
     * A unit path no earlier run used: {@code 01.021.990NN.RRRRR} (Bắc Từ Liêm's subtree, so the demo
     * officials of {@code 01.021} may act on it), NN the test, RRRRR random and checked unused.
     */
    static String freshUnit(int test) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String unit = "01.021.990%02d.%05d".formatted(test, ThreadLocalRandom.current().nextInt(100000));
            if (psqlCount(PETITIONS_DB, "select count(*) from petition where unit_path = '" + unit + "'") == 0) {
                return unit;
            }
        }
        throw new IllegalStateException("no unused unit path found");
    }

    /** HTTP status of a GET, or -1 when nothing answers within the timeout. */
    static int status(String url, Duration timeout) {
        try {
            return PROBE.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Polls every 500 ms until the condition holds; false when the time is up. */
    static boolean waitUntil(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not yet (a service or the database still coming back)
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(Duration.ofMillis(500));
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void say(String line) {
        System.out.println("[faults " + LocalTime.now(ZoneOffset.UTC).withNano(0) + "] " + line);
        System.out.flush();
    }

    /** What a test counted: printed, and kept in e2e/target/faults-summary.txt for docs/faults.md. */
    static void report(String test, String figures) {
        String line = "[faults] " + test + ": " + figures;
        System.out.println(line);
        try {
            Files.createDirectories(target());
            Files.writeString(target().resolve("faults-summary.txt"), Instant.now() + " " + line + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the line is on stdout anyway
        }
    }

    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
