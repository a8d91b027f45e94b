package vn.minhbach.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.minhbach.e2e.EndToEnd;

/**
 * Fault 1: kill -9 petitions-service while a client records petitions through the gateway at a steady rate,
 * start it again. Every petition that got a 201 is stored, has exactly one petition.received event
 * on the topic and is counted once by programs-service; the requests that failed while it was down
 * got 503 problem documents from the gateway, never a 500.
 */
@EndToEnd
class PetitionsServiceCrashIT {

    /** Petitions per second. 20/s overloads intake on this 2-core machine (see docs/faults.md). */
    static final double RATE = Double.parseDouble(System.getProperty("minhbach.faults.rate", "10"));
    static final String TEST = "F1 kill -9 petitions-service";

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyAcknowledgedPetitionSurvivesTheCrash() {
        String unit = Rig.freshUnit(1);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long skippedBefore = Ledger.duplicatesSkipped();
        boolean restored = false;
        try (PetitionLoad load = new PetitionLoad(unit, day, RATE, Callers.standard())) {
            load.start();
            Rig.sleep(Duration.ofSeconds(10));
            long killedAt = load.elapsedMillis();
            Rig.crash("petitions-service");
            Rig.up();
            restored = true;
            long upAt = load.elapsedMillis();
            Rig.say(TEST + ": killed at t+" + killedAt + " ms, ready again at t+" + upAt + " ms");
            Rig.sleep(Duration.ofSeconds(15));
            load.stop();

            long acknowledgedAfter = load.outcomes().stream().filter(o -> o.acknowledged() && o.sentAtMillis() > upAt).count();
            long acknowledgedBefore = load.outcomes().stream().filter(o -> o.acknowledged() && o.sentAtMillis() < killedAt).count();
            Rig.say(TEST + ": acknowledged before the kill=" + acknowledgedBefore + ", after the restart=" + acknowledgedAfter);
            Ledger.verify(TEST, load, unit, day, Duration.ofSeconds(60), skippedBefore);
            List<PetitionLoad.Outcome> bad = load.badAnswers();
            assertTrue(bad.isEmpty(), "answers other than 201 or a 503 problem document: " + bad);
            assertTrue(acknowledgedBefore > 0 && acknowledgedAfter > 0, "the load did not get through before and after the crash");
        } finally {
            if (!restored) {
                Rig.up();
            }
        }
    }
}
