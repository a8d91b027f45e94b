package vn.minhbach.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.minhbach.e2e.EndToEnd;

/**
 * Fault 3: kill -9 programs-service while it consumes the petitions topic (petitions flowing), start it again. No event is lost (its offsets were not committed past what it applied) and
 * none is counted twice (what it applied but had not committed comes again and the inbox skips it).
 */
@EndToEnd
class ProgramsServiceCrashIT {

    /** Petitions per second. 20/s overloads intake on this 2-core machine (see docs/faults.md). */
    static final double RATE = Double.parseDouble(System.getProperty("minhbach.faults.rate", "10"));
    static final String TEST = "F3 kill -9 programs-service";
    /** A killed member keeps its partitions until its session times out (45 s by default): allow for it. */
    static final Duration CATCH_UP = Duration.ofSeconds(90);

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void noEventLostNoneCountedTwice() {
        String unit = Rig.freshUnit(3);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long skippedBefore = Ledger.duplicatesSkipped();
        boolean restored = false;
        try (PetitionLoad load = new PetitionLoad(unit, day, RATE, Callers.standard())) {
            load.start();
            // Wait until programs-service is visibly applying this load, then kill it mid-stream.
            assertTrue(Rig.waitUntil(Duration.ofSeconds(20), () -> Ledger.readModel(unit).size() >= 50),
                    "programs-service did not start consuming the load");
            int appliedBeforeKill = Ledger.readModel(unit).size();
            long killedAt = load.elapsedMillis();
            Rig.crash("programs-service");
            Rig.sleep(Duration.ofSeconds(3));
            Rig.up();
            restored = true;
            long upNanos = System.nanoTime();
            Rig.say(TEST + ": killed at t+" + killedAt + " ms with " + appliedBeforeKill
                    + " petitions of the unit applied; ready again at t+" + load.elapsedMillis() + " ms");
            Rig.sleep(Duration.ofSeconds(10));
            load.stop();
            Duration left = CATCH_UP.minusNanos(System.nanoTime() - upNanos);
            long t0 = System.nanoTime();
            Ledger.verify(TEST, load, unit, day, left.isNegative() ? Duration.ZERO : left, skippedBefore);
            Rig.say(TEST + ": caught up " + Duration.ofNanos(System.nanoTime() - upNanos).toSeconds()
                    + " s after the restart (verification " + Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s)");
            // Intake does not depend on programs-service: it goes on while programs-service is down.
            // On this 2-core machine the restarted JVM competes for the CPU with intake, so a request
            // may exceed the gateway's 10 s timeout: it then gets a 503 problem (never a 500), and a
            // client retries it with the same Idempotency-Key.
            assertTrue(load.badAnswers().isEmpty(), "answers other than 201 or a 503 problem: " + load.badAnswers());
            assertTrue(load.acknowledgedIds().size() * 10 >= load.sent() * 9,
                    "intake stalled while programs-service restarted: " + load.summary());
        } finally {
            if (!restored) {
                Rig.up();
            }
        }
    }
}
