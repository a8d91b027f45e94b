package vn.minhbach.programs.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.chassis.outbox.CloudEvent;
import vn.minhbach.programs.service.ReportReadModel;

/**
 * Feeds the period report's read model from the petitions and inspections topics. Each event is
 * applied once ({@link Inbox}); the read model's upserts are themselves idempotent, so an event
 * replayed under a new id still changes nothing. No synchronous call to the owning services.
 */
@ApplicationScoped
public class ReportFeedConsumer {

    public static final String PETITIONS_CONSUMER = "programs-report-petitions";
    public static final String INSPECTIONS_CONSUMER = "programs-report-inspections";

    @Inject
    CloudEvents cloudEvents;

    @Inject
    Inbox inbox;

    @Inject
    ReportReadModel readModel;

    @Incoming("petitions-in")
    @Blocking
    @Transactional
    public void onPetitionEvent(String value) {
        CloudEvent event = cloudEvents.parse(value);
        boolean applied = inbox.processOnce(PETITIONS_CONSUMER, event, readModel::applyPetitionEvent);
        readModel.recordRead(ReportReadModel.PETITIONS_SOURCE, event, applied);
    }

    @Incoming("inspections-in")
    @Blocking
    @Transactional
    public void onInspectionEvent(String value) {
        CloudEvent event = cloudEvents.parse(value);
        boolean applied = inbox.processOnce(INSPECTIONS_CONSUMER, event, readModel::applyInspectionEvent);
        readModel.recordRead(ReportReadModel.INSPECTIONS_SOURCE, event, applied);
    }
}
