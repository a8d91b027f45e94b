package vn.minhbach.chassis.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to the service's topic. Woken right after every commit that wrote outbox rows
 * ({@link Outbox.Written} observed after success) and polled every {@code minhbach.outbox.poll-interval}
 * as a fallback (rows of other instances, retries after backoff). Safe with several instances running:
 * see {@link OutboxPublisher}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "minhbach")
    String applicationName;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-wake");
        t.setDaemon(true);
        return t;
    });
    private volatile OutboxPublisher publisher;
    private volatile boolean stopped;
    private volatile boolean paused;

    /** Called after the commit of a transaction that wrote outbox rows: relay now, off the committing thread. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wake();
    }

    /** Asks for a relay round soon; coalesces many requests into one. */
    public void wake() {
        if (!active()) {
            return;
        }
        if (wakeQueued.compareAndSet(false, true)) {
            try {
                waker.execute(() -> {
                    wakeQueued.set(false);
                    drain();
                });
            } catch (RuntimeException e) {
                wakeQueued.set(false);
            }
        }
    }

    @Scheduled(every = "${minhbach.outbox.poll-interval:0.5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (active()) {
            drain();
        }
    }

    private boolean active() {
        return config.enabled() && !stopped && !paused;
    }

    /**
     * Stops this instance's relaying until {@link #resume()}, waiting for a round in progress to end.
     * Rows keep accumulating safely in the outbox (e.g. during a broker migration; tests that drive
     * relay instances by hand).
     */
    public void pause() {
        paused = true;
        running.lock();
        running.unlock();
    }

    public void resume() {
        paused = false;
        wake();
    }

    /**
     * Relays until no full batch is left. A call while another is running asks that one to go round
     * again instead of competing with it.
     *
     * @return rows published
     */
    public int drain() {
        if (!running.tryLock()) {
            again.set(true);
            return 0;
        }
        int published = 0;
        try {
            OutboxPublisher p = publisher();
            boolean more;
            do {
                again.set(false);
                OutboxPublisher.Round round = p.relayBatch();
                published += round.published();
                // Keep going while full batches come back and they make progress.
                more = (round.more(p.batchSize()) && round.published() > 0) || again.get();
            } while (more && !stopped && !paused);
        } catch (Exception e) {
            LOG.warnf("Outbox relay round failed: %s", e.toString());
        } finally {
            running.unlock();
        }
        return published;
    }

    private OutboxPublisher publisher() {
        OutboxPublisher p = publisher;
        if (p == null) {
            synchronized (this) {
                p = publisher;
                if (p == null) {
                    p = new OutboxPublisher(dataSource,
                            OutboxPublisher.createProducer(bootstrapServers, config.deliveryTimeout(),
                                    applicationName + "-outbox"),
                            mapper, config.topic(), config.source(), config.batchSize(), config.initialBackoff(),
                            config.maxBackoff());
                    publisher = p;
                }
            }
        }
        return p;
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    @PreDestroy
    void close() {
        stopped = true;
        waker.shutdownNow();
        OutboxPublisher p = publisher;
        publisher = null;
        if (p != null) {
            p.close();
        }
    }
}
