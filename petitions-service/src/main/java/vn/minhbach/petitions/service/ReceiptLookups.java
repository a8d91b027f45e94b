package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * Uses of one receipt code (status lookups and additions), counted per code hash in fixed windows:
 * the gateway limits each address, but everyone behind a carrier's NAT shares an address, so the
 * gateway's status limit is generous and this one keeps any single code from being hammered (by its
 * holder's buggy app or by someone who learnt it). At most {@value #LIMIT} uses per {@link #WINDOW}
 * and code, then 429 with {@code Retry-After}. In memory, per instance; at most
 * {@value #MAX_CODES} codes are tracked (then the oldest windows are dropped).
 */
@ApplicationScoped
public class ReceiptLookups {

    static final int LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX_CODES = 100_000;

    private record Window(long start, int count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one use of the code with this hash; 429 problem past the limit. */
    public void count(String codeHash) {
        count(codeHash, System.currentTimeMillis());
    }

    void count(String codeHash, long nowMillis) {
        if (windows.size() > MAX_CODES) {
            windows.entrySet().removeIf(e -> nowMillis - e.getValue().start() >= WINDOW.toMillis());
        }
        Window w = windows.compute(codeHash, (k, old) -> old == null || nowMillis - old.start() >= WINDOW.toMillis()
                ? new Window(nowMillis, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() > LIMIT) {
            long wait = Math.max(1, (w.start() + WINDOW.toMillis() - nowMillis + 999) / 1000);
            throw new ProblemException(429, "receipt.too-many-uses", WINDOW.toMinutes())
                    .withHeader("Retry-After", Long.toString(wait));
        }
    }
}
