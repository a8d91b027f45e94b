package vn.minhbach.petitions.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.chassis.units.UnitRegistry;
import vn.minhbach.petitions.service.PetitionService;

/**
 * Keeps this service's copy of the unit registry from programs-service's {@code unit.created},
 * {@code unit.changed} and {@code unit.retired} events (idempotent: the inbox skips a redelivered
 * event id, the registry a version it already has), and applies {@code unit.succession}: the open
 * petitions of the retired unit go to its successor. Other programs events are not needed here.
 */
@ApplicationScoped
public class UnitEventsConsumer {

    static final String CONSUMER = "petitions-units";

    @Inject
    Inbox inbox;
    @Inject
    UnitRegistry registry;
    @Inject
    PetitionService petitions;

    @Incoming("units-in")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, e -> {
            switch (e.type()) {
                case "unit.created", "unit.changed", "unit.retired" -> registry.apply(e.data());
                case "unit.succession" -> {
                    var d = e.data();
                    if (d == null || !d.hasNonNull("from") || !d.hasNonNull("to") || !d.hasNonNull("effectiveDate")) {
                        throw new CloudEvents.MalformedEventException("unit.succession without from, to or effectiveDate");
                    }
                    petitions.handOver(d.get("from").asText(), d.get("to").asText(),
                            LocalDate.parse(d.get("effectiveDate").asText()), d.path("requestedBy").asText(null));
                }
                default -> { }
            }
        });
    }
}
