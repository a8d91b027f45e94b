package vn.minhbach.chassis.app;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.Inbox;

/** A consumer written exactly as a service writes one: Inbox.handle inside a blocking @Incoming. */
@ApplicationScoped
public class TestConsumer {

    public static final String NAME = "chassis-test";
    /** Effects attempted for the poison type, to prove the retries are bounded. */
    public static final AtomicInteger POISON_ATTEMPTS = new AtomicInteger();

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Inject
    vn.minhbach.chassis.outbox.Outbox outbox;

    @Incoming("chassis-test-in")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.handle(NAME, message, event -> {
            if ("test.poison".equals(event.type())) {
                POISON_ATTEMPTS.incrementAndGet();
                throw new IllegalStateException("this event can never be applied");
            }
            if ("test.echo".equals(event.type())) {
                // an effect that announces something itself: its event continues the consumed event's trace
                outbox.publish("echo", "echo-" + event.subject(), "test.echoed", java.util.Map.of("of", event.id()));
            }
            em.createNativeQuery("insert into consumed_effect (event_id, consumer, note) values (?1, ?2, ?3)")
                    .setParameter(1, event.id())
                    .setParameter(2, NAME)
                    .setParameter(3, event.subject())
                    .executeUpdate();
        });
    }
}
