package vn.minhbach.inspections.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.inspections.config.InspectionsConfig;
import vn.minhbach.inspections.service.LeadService;

/**
 * Turns petitions-service's {@code petition.corruption-signs-flagged} into a lead, once per event id
 * (the Inbox records it in the same transaction). Other petition events are ignored; a value that
 * is not a CloudEvent, or a flagged event without the fields a lead needs, goes to the dead-letter topic.
 */
@ApplicationScoped
public class CorruptionSignsConsumer {

    @Inject
    CloudEvents cloudEvents;
    @Inject
    Inbox inbox;
    @Inject
    LeadService leads;
    @Inject
    InspectionsConfig config;

    @Incoming("petitions-in")
    @Blocking
    @Transactional
    public void consume(String value) {
        var event = cloudEvents.parse(value);
        if (!EventTypes.CORRUPTION_SIGNS_FLAGGED.equals(event.type())) {
            return;
        }
        inbox.processOnce(config.leadsConsumer(), event, leads::createFromEvent);
    }
}
