package vn.minhbach.programs.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.failure.TransientFailures;
import vn.minhbach.programs.service.ReportReadModel;

/**
 * Feeds the period report's read model from the petitions and inspections topics, never calling
 * those services. Records arrive in batches (one partition's order kept) and a batch is applied in
 * one transaction: replaying a topic of a million petitions then costs a few thousand commits, not a
 * million. Each event is applied once ({@code processed_event}); the read model's writes are
 * idempotent upserts as well. If a batch fails, its events are retried one by one, each in its own
 * transaction, and only the event that still fails goes to the dead-letter topic
 * {@code <topic>.dlq.programs-report}, so one bad event never blocks or loses the others.
 */
@ApplicationScoped
public class ReportFeedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportFeedConsumer.class);

    @Inject
    ReportBatch batch;

    @Inject
    @Channel("petitions-dlq")
    Emitter<String> petitionsDlq;

    @Inject
    @Channel("inspections-dlq")
    Emitter<String> inspectionsDlq;

    @Incoming("petitions-in")
    @Blocking
    public void onPetitionEvents(List<String> values) {
        consume(ReportReadModel.PETITIONS_SOURCE, values, petitionsDlq);
    }

    @Incoming("inspections-in")
    @Blocking
    public void onInspectionEvents(List<String> values) {
        consume(ReportReadModel.INSPECTIONS_SOURCE, values, inspectionsDlq);
    }

    private void consume(String source, List<String> values, Emitter<String> dlq) {
        try {
            applyWaitingForDatabase(source, values);
            return;
        } catch (StoppingException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d %s events failed (%s); applying them one by one", values.size(), source,
                    e.getClass().getSimpleName());
        }
        for (String value : values) {
            try {
                applyWaitingForDatabase(source, List.of(value));
            } catch (StoppingException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.errorf("An event from %s cannot be applied (%s): sent to the dead-letter topic", source,
                        e.getMessage());
                dlq.send(value).toCompletableFuture().join();
            }
        }
    }

    /**
     * A database outage or a shutdown says nothing about the events: never dead-letter them for it.
     * While running, wait for the database and apply the same events again; while stopping, fail the
     * batch uncommitted (failure-strategy=fail) so that the next instance reads it again. Any other
     * failure is the events' own and is thrown to the caller.
     */
    private void applyWaitingForDatabase(String source, List<String> values) {
        while (true) {
            try {
                batch.applyAll(source, values);
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (TransientFailures.stopping()) {
                    throw new StoppingException(e);
                }
                LOG.warnf("%s events wait for the database: %s", source, e.toString());
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StoppingException(e);
                }
            }
        }
    }

    /** Leaves the batch uncommitted for redelivery; never dead-lettered. */
    static final class StoppingException extends RuntimeException {
        StoppingException(Throwable cause) {
            super("stopping: the batch is left for redelivery", cause);
        }
    }
}
