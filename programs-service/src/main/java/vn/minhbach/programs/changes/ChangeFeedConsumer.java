package vn.minhbach.programs.changes;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.programs.webhooks.WebhookDeliveries;

/**
 * Feeds the change feed and the webhook deliveries (issue 19.2, 19.3) from the three topics, in its
 * own consumer group ({@code programs-service-changes}) and with its own inbox name
 * ({@value #CONSUMER}): each event is appended to {@code change_event} and one delivery per matching
 * subscription is queued, in one transaction with the {@code processed_event} record. A redelivered
 * event (a restart, a rebalance) therefore has no second row and no second delivery; an event that
 * cannot be stored goes to {@code <topic>.dlq.programs-changes}.
 */
@ApplicationScoped
public class ChangeFeedConsumer {

    public static final String CONSUMER = "programs.changes";

    @Inject
    Inbox inbox;
    @Inject
    ChangeStore store;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    ChangeNotifier notifier;

    @Incoming("changes-petitions-in")
    @Blocking
    public CompletionStage<Void> onPetitions(Message<String> message) {
        return consume("minhbach.petitions.v1", message);
    }

    @Incoming("changes-inspections-in")
    @Blocking
    public CompletionStage<Void> onInspections(Message<String> message) {
        return consume("minhbach.inspections.v1", message);
    }

    @Incoming("changes-programs-in")
    @Blocking
    public CompletionStage<Void> onPrograms(Message<String> message) {
        return consume("minhbach.programs.v1", message);
    }

    private CompletionStage<Void> consume(String topic, Message<String> message) {
        CompletionStage<Void> settled = inbox.handle(CONSUMER, message,
                event -> store.append(topic, event).ifPresent(deliveries::enqueue));
        notifier.appended();
        return settled;
    }
}
