package vn.minhbach.scenario;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts done/total per kind of record and prints a line every few seconds while loading. */
public final class Progress implements AutoCloseable {

    private final PrintStream out;
    private final long started = System.nanoTime();
    private final Map<String, int[]> totals = new ConcurrentSkipListMap<>();
    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    private final Api api;
    private final Thread printer;
    private volatile boolean closed;

    public Progress(PrintStream out, Api api, long intervalMillis) {
        this.out = out;
        this.api = api;
        this.printer = new Thread(() -> {
            try {
                while (!closed) {
                    Thread.sleep(intervalMillis);
                    if (!closed) print();
                }
            } catch (InterruptedException done) {
                // closed
            }
        }, "progress");
        printer.setDaemon(true);
        printer.start();
    }

    public void expect(String what, int total) {
        totals.put(what, new int[] {total});
        done.putIfAbsent(what, new AtomicInteger());
    }

    public void done(String what) {
        done.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    public void phase(String message) {
        out.printf("[%s] %s%n", elapsed(), message);
    }

    public synchronized void print() {
        StringBuilder line = new StringBuilder("[" + elapsed() + "]");
        totals.forEach((k, t) -> {
            int d = done.get(k).get();
            if (d > 0 || t[0] > 0) line.append(' ').append(k).append(' ').append(d).append('/').append(t[0]);
        });
        line.append(" · requests ").append(api.requests.get()).append(", retries ").append(api.retries.get());
        out.println(line);
    }

    public Duration elapsedTime() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    public String elapsed() {
        long s = elapsedTime().toSeconds();
        return String.format("%02d:%02d", s / 60, s % 60);
    }

    @Override
    public void close() {
        closed = true;
        printer.interrupt();
    }
}
