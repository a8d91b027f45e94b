package vn.minhbach.programs.changes;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes this instance's long-polling feed requests when an event was appended here. Requests also
 * look again every second, for events appended by another instance.
 */
@ApplicationScoped
public class ChangeNotifier {

    private final Object monitor = new Object();
    private long generation;

    public void appended() {
        synchronized (monitor) {
            generation++;
            monitor.notifyAll();
        }
    }

    public long generation() {
        synchronized (monitor) {
            return generation;
        }
    }

    /** Waits until something is appended after {@code seen}, at most {@code millis}. */
    public void awaitAfter(long seen, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (monitor) {
            while (generation == seen) {
                long left = end - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                monitor.wait(left);
            }
        }
    }
}
