package vn.minhbach.programs.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
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
            batch.applyAll(source, values);
            return;
        } catch (RuntimeException e) {
            LOG.warnf("A batch of %d %s events failed (%s); applying them one by one", values.size(), source,
                    e.getClass().getSimpleName());
        }
        for (String value : values) {
            try {
                batch.applyAll(source, List.of(value));
            } catch (RuntimeException e) {
                LOG.errorf("An event from %s cannot be applied (%s): sent to the dead-letter topic", source,
                        e.getMessage());
                dlq.send(value).toCompletableFuture().join();
            }
        }
    }
}
