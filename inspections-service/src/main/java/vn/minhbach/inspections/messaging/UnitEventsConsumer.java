package vn.minhbach.inspections.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.chassis.units.UnitRegistry;
import vn.minhbach.events.UnitEventData;

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
    ObjectMapper json;
    @Inject
    vn.minhbach.inspections.service.RecommendationService recommendations;

    @Incoming("units-in")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, e -> {
            if (UnitEventData.REGISTRY_CHANGES.contains(e.type())) {
                registry.apply(e.data()); // the data is chassis-scope's Unit (UnitEventData)
            } else if (UnitEventData.SUCCESSION.equals(e.type())) {
                UnitEventData.Succession s = succession(e.data());
                recommendations.handOver(s.from(), s.to(), s.effectiveDate(), s.requestedBy());
            }
        });
    }

    /** The shared typed view of {@code unit.succession}; without from, to or effectiveDate it is malformed. */
    private UnitEventData.Succession succession(JsonNode data) {
        UnitEventData.Succession s = null;
        if (data != null && data.isObject()) {
            try {
                s = json.treeToValue(data, UnitEventData.Succession.class);
            } catch (JsonProcessingException | IllegalArgumentException bad) {
                throw new CloudEvents.MalformedEventException("unit.succession with a malformed field (effectiveDate not an ISO date?)");
            }
        }
        if (s == null || !s.complete()) {
            throw new CloudEvents.MalformedEventException("unit.succession without from, to or effectiveDate");
        }
        return s;
    }
}
