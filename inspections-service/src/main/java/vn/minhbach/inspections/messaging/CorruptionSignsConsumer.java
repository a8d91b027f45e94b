package vn.minhbach.inspections.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.inspections.config.InspectionsConfig;
import vn.minhbach.inspections.service.LeadService;

/**
 * Turns petitions-service's {@code petition.corruption-signs-flagged} into a lead, once per event id
 * ({@link Inbox#handle} records it in the effect's transaction). Other petition events are recorded
 * with no effect; a value that is not a CloudEvent, or a flagged event without the fields a lead
 * needs, ends on {@code minhbach.petitions.v1.dlq.inspections-leads} after the chassis' bounded retries.
 */
@ApplicationScoped
public class CorruptionSignsConsumer {

    @Inject
    Inbox inbox;
    @Inject
    LeadService leads;
    @Inject
    InspectionsConfig config;

    /**
     * Several events at once, on the {@code leads} worker pool ({@code smallrye.messaging.worker.leads.
     * max-concurrency}): each lead stands alone, so order does not matter here, and one event at a time
     * would make every lead wait for the commits of all the events before it. The connector commits
     * an offset only once every record before it is acked, so nothing is skipped on a crash, and the
     * inbox keeps a redelivered event to one lead.
     */
    @Incoming("petitions-in")
    @Blocking(value = "leads", ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.handle(config.leadsConsumer(), message, event -> {
            if (EventTypes.CORRUPTION_SIGNS_FLAGGED.equals(event.type())) {
                leads.createFromEvent(event);
            }
        });
    }
}
