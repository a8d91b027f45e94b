package vn.minhbach.inspections.messaging;

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

/**
 * Keeps this service's copy of the unit registry from programs-service's {@code unit.*} events
 * (idempotent through the inbox and the registry's version) and applies {@code unit.succession}: the
 * open recommendations owned by the retired unit (or a unit below it) go to its successor, each with
 * an audit entry and {@code recommendation.reassigned}.
 */
@ApplicationScoped
public class UnitEventsConsumer {

    static final String CONSUMER = "inspections-units";

    @Inject
    Inbox inbox;
    @Inject
    UnitRegistry registry;
    @Inject
    vn.minhbach.inspections.service.RecommendationService recommendations;

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
                    recommendations.handOver(d.get("from").asText(), d.get("to").asText(),
                            LocalDate.parse(d.get("effectiveDate").asText()),
                            d.hasNonNull("requestedBy") ? d.get("requestedBy").asText() : null);
                }
                default -> { }
            }
        });
    }
}
