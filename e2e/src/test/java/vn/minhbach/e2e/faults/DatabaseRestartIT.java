package vn.minhbach.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.minhbach.e2e.EndToEnd;

/**
 * Fault 4: stop PostgreSQL for about 15 s under load, start it again. Meanwhile every service reports
 * not-ready ({@code /q/health/ready} 503) and every request fails with a 503 problem document, never
 * a 500 and never later than the gateway's timeout; afterwards the services recover by themselves
 * (no restart) and every petition that got a 201 is there.
 * <p>This stops the machine's PostgreSQL cluster (the one on {@code DB_PORT}), as
 * {@code deploy/local/up} uses it: it needs root or password-less sudo, and is skipped otherwise.
 */
@EndToEnd
class DatabaseRestartIT {

    static final String TEST = "F4 PostgreSQL restart";
    static final Duration DOWN = Duration.ofSeconds(15);
    /** The gateway's upstream timeout for petitions-service is 10 s; allow 2 s for the rest of the way. */
    static final long MAX_FAILURE_MILLIS = 12_000;
    static final Map<String, String> READINESS = new LinkedHashMap<>();
    static {
        READINESS.put("petitions-service", "http://127.0.0.1:8081/q/health/ready");
        READINESS.put("inspections-service", "http://127.0.0.1:8082/q/health/ready");
        READINESS.put("programs-service", "http://127.0.0.1:8083/q/health/ready");
        READINESS.put("gateway", "http://127.0.0.1:8080/q/health/ready");
    }

    /** One readiness answer: when it was asked, when it came, what it said. */
    record Probe(long sentMillis, long answeredMillis, String component, int status) {
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void servicesSayNotReadyAnswer503AndRecoverByThemselves() {
        String[] cluster = cluster();
        String unit = Rig.freshUnit(4);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long skippedBefore = Ledger.duplicatesSkipped();
        ConcurrentLinkedQueue<Probe> probes = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService prober = Executors.newScheduledThreadPool(READINESS.size());
        boolean started = true;
        try (PetitionLoad load = new PetitionLoad(unit, day, 10, Callers.standard())) {
            load.start();
            // One prober per component, so a slow answer from one does not thin out the others' samples.
            READINESS.forEach((name, url) -> prober.scheduleWithFixedDelay(() -> {
                long sent = load.elapsedMillis();
                int status = Rig.status(url, Duration.ofSeconds(3));
                probes.add(new Probe(sent, load.elapsedMillis(), name, status));
            }, 0, 1, TimeUnit.SECONDS));
            Rig.sleep(Duration.ofSeconds(5));
            started = false;
            pgctl(cluster, "stop", "-m", "fast");
            long downAt = load.elapsedMillis();
            Rig.sleep(DOWN);
            long startAt = load.elapsedMillis();
            pgctl(cluster, "start");
            started = true;
            Rig.say(TEST + ": PostgreSQL down t+" + downAt + " ms .. t+" + startAt + " ms");
            // Recovery by themselves: every component ready again and a petition accepted, no restart.
            boolean ready = Rig.waitUntil(Duration.ofSeconds(60), () -> READINESS.values().stream()
                    .allMatch(url -> Rig.status(url, Duration.ofSeconds(3)) == 200));
            long readyAt = load.elapsedMillis();
            boolean accepting = Rig.waitUntil(Duration.ofSeconds(30), () -> load.outcomes().stream()
                    .anyMatch(o -> o.acknowledged() && o.sentAtMillis() > startAt));
            Rig.say(TEST + ": all ready again at t+" + readyAt + " ms (" + ready + ")");
            Rig.sleep(Duration.ofSeconds(5));
            load.stop();
            prober.shutdownNow();

            // What a client saw while the database was down (requests sent in that window).
            List<PetitionLoad.Outcome> during = load.outcomes().stream()
                    .filter(o -> o.sentAtMillis() >= downAt + 1000 && o.sentAtMillis() < startAt).toList();
            Map<String, Long> duringByStatus = new TreeMap<>();
            during.forEach(o -> duringByStatus.merge(o.status() > 0 ? Integer.toString(o.status()) : o.error(), 1L, Long::sum));
            long slowest = during.stream().mapToLong(PetitionLoad.Outcome::latencyMillis).max().orElse(0);
            Map<String, List<Integer>> readinessDuring = new LinkedHashMap<>();
            READINESS.keySet().forEach(n -> readinessDuring.put(n, new ArrayList<>()));
            // Only answers asked and given while the database was down: a check asked just before the
            // restart may be answered after it, and then 200 is the right answer.
            probes.stream().filter(p -> p.sentMillis() >= downAt + 3000 && p.answeredMillis() < startAt)
                    .forEach(p -> readinessDuring.get(p.component()).add(p.status()));
            Rig.say(TEST + ": answers while down " + duringByStatus + " slowest " + slowest + " ms; readiness while down "
                    + readinessDuring);
            Rig.report(TEST + " (outage)", "requestsWhileDown=" + during.size() + " answers=" + duringByStatus
                    + " slowestMs=" + slowest + " readinessWhileDown=" + readinessDuring + " allReadyAgain=" + ready
                    + " acceptingAgain=" + accepting);

            Ledger.verify(TEST, load, unit, day, Duration.ofSeconds(60), skippedBefore);
            List<PetitionLoad.Outcome> bad = load.badAnswers();
            assertTrue(bad.isEmpty(), "answers other than 201 or a 503 problem document (e.g. 500): " + bad);
            // Requests sent in the last seconds of the outage may wait for a connection and succeed
            // once it is back: only the failures must be 503s (checked above).
            assertTrue(!during.isEmpty() && during.stream().anyMatch(o -> !o.acknowledged()),
                    "no request failed while the database was down: " + duringByStatus);
            assertTrue(slowest <= MAX_FAILURE_MILLIS, "a failure took " + slowest + " ms (over " + MAX_FAILURE_MILLIS + ")");
            readinessDuring.forEach((name, statuses) -> {
                if (!name.equals("gateway")) {
                    assertTrue(!statuses.isEmpty() && statuses.stream().allMatch(s -> s == 503),
                            name + " readiness while the database was down: " + statuses);
                }
            });
            assertTrue(ready, "not every component was ready again within 60 s of the database's return");
            assertTrue(accepting, "no petition accepted within 30 s of readiness");
        } finally {
            prober.shutdownNow();
            if (!started) {
                pgctl(cluster, "start");
            }
        }
    }

    /** Version and name of the local cluster on DB_PORT; skips the test when it cannot be driven. */
    private static String[] cluster() {
        Assumptions.assumeTrue(Rig.DB_HOST.equals("127.0.0.1") || Rig.DB_HOST.equals("localhost"),
                "PostgreSQL is not local (DB_HOST=" + Rig.DB_HOST + ")");
        List<String> lines;
        try {
            Process p = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
            lines = new String(p.getInputStream().readAllBytes()).lines().toList();
            p.waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            Assumptions.abort("pg_lsclusters is not available: " + e);
            return null;
        }
        for (String line : lines) {
            String[] c = line.trim().split("\\s+");
            if (c.length >= 3 && c[2].equals(Rig.DB_PORT)) {
                Assumptions.assumeTrue(root() || Rig.run(List.of("sudo", "-n", "true"), Duration.ofSeconds(10)) == 0,
                        "stopping PostgreSQL needs root or password-less sudo");
                return new String[] {c[0], c[1]};
            }
        }
        Assumptions.abort("no local PostgreSQL cluster on port " + Rig.DB_PORT);
        return null;
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void pgctl(String[] cluster, String... action) {
        List<String> command = new ArrayList<>();
        if (!root()) {
            command.addAll(List.of("sudo", "-n"));
        }
        command.addAll(List.of("pg_ctlcluster", "--skip-systemctl-redirect", cluster[0], cluster[1]));
        command.addAll(List.of(action));
        Rig.say(String.join(" ", command));
        int exit = Rig.run(command, Duration.ofSeconds(60));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + ")");
        }
    }
}
