package vn.minhbach.programs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.chassis.outbox.CloudEvent;
import vn.minhbach.programs.service.ReportReadModel;

/** Applies a batch of source events to the read model in one transaction, each event once. */
@ApplicationScoped
public class ReportBatch {

    public static final String PETITIONS_CONSUMER = "programs-report-petitions";
    public static final String INSPECTIONS_CONSUMER = "programs-report-inspections";

    @Inject
    CloudEvents cloudEvents;

    @Inject
    Inbox inbox;

    @Inject
    ReportReadModel readModel;

    @Transactional
    public void applyAll(String source, List<String> values) {
        boolean petitions = ReportReadModel.PETITIONS_SOURCE.equals(source);
        readModel.lockFor(source);
        long applied = 0;
        CloudEvent last = null;
        for (String value : values) {
            CloudEvent event = cloudEvents.parse(value);
            boolean ran = petitions
                    ? inbox.processOnce(PETITIONS_CONSUMER, event, readModel::applyPetitionEvent)
                    : inbox.processOnce(INSPECTIONS_CONSUMER, event, readModel::applyInspectionEvent);
            applied += ran ? 1 : 0;
            last = event;
        }
        if (last != null) {
            readModel.recordRead(source, last, applied, values.size() - applied);
        }
    }
}
