package vn.minhbach.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Fault 2: stop the Kafka broker for 30 s while petitions are recorded at a steady rate, start it again.
 * Writes keep succeeding meanwhile (the state change and its event are one database transaction;
 * the outbox relay publishes later), and within 60 s of the broker's return every event has reached
 * programs-service, each counted once.
 */
@EndToEnd
class KafkaOutageIT {

    /** Petitions per second. 20/s overloads intake on this 2-core machine (see docs/faults.md). */
    static final double RATE = Double.parseDouble(System.getProperty("minhbach.faults.rate", "10"));
    static final String TEST = "F2 Kafka down 30 s";
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final Duration CATCH_UP = Duration.ofSeconds(60);

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void writesSucceedDuringTheOutageAndEveryEventArrivesOnceAfterIt() {
        String unit = Rig.freshUnit(2);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long skippedBefore = Ledger.duplicatesSkipped();
        boolean restored = false;
        try (PetitionLoad load = new PetitionLoad(unit, day, RATE, Callers.standard())) {
            load.start();
            Rig.sleep(Duration.ofSeconds(8));
            Rig.stop("kafka");
            long downAt = load.elapsedMillis();
            Rig.sleep(OUTAGE);
            long startAt = load.elapsedMillis();
            Rig.up();
            restored = true;
            long upNanos = System.nanoTime();
            long upAt = load.elapsedMillis();
            Rig.say(TEST + ": broker down t+" + downAt + " ms .. t+" + startAt + " ms, ready again at t+" + upAt + " ms");
            Rig.sleep(Duration.ofSeconds(5));
            load.stop();

            List<PetitionLoad.Outcome> duringOutage = load.outcomes().stream()
                    .filter(o -> o.sentAtMillis() >= downAt && o.sentAtMillis() < startAt).toList();
            long acknowledgedDuring = duringOutage.stream().filter(PetitionLoad.Outcome::acknowledged).count();
            Rig.say(TEST + ": requests sent while the broker was down=" + duringOutage.size() + ", acknowledged="
                    + acknowledgedDuring);
            // "within 60 s of the restart": what is left of the minute after the load's tail
            Duration left = CATCH_UP.minusNanos(System.nanoTime() - upNanos);
            Ledger.verify(TEST, load, unit, day, left.isNegative() ? Duration.ZERO : left, skippedBefore);
            assertTrue(duringOutage.size() > 0, "no request was sent during the outage");
            assertEquals(duringOutage.size(), acknowledgedDuring,
                    "writes failed while the broker was down: " + duringOutage.stream().filter(o -> !o.acknowledged()).toList());
            assertTrue(load.badAnswers().isEmpty(), "answers other than 201 or a 503 problem: " + load.badAnswers());
        } finally {
            if (!restored) {
                Rig.up();
            }
        }
    }
}
