package vn.minhbach.petitions.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.petitions.service.PetitionService;

/**
 * Closes the loop of a corruption-signs flag: when inspections concludes the team opened from the
 * lead on a petition ({@code team.concluded} with {@code petitionId}), the petition records the
 * conclusion reference. Other event types on the topic are skipped; unparseable ones go to the DLQ.
 */
@ApplicationScoped
public class InspectionConclusionConsumer {

    static final String CONSUMER = "petitions-conclusions";

    @Inject
    Inbox inbox;
    @Inject
    PetitionService petitions;
    @Inject
    vn.minhbach.petitions.service.PetitionFlags flags;

    /** Not transactional: {@code Inbox.handle} opens one transaction per attempt, then dead-letters. */
    @Incoming("inspections-in")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, e -> {
            if (!"team.concluded".equals(e.type())) {
                return; // other inspections events are not needed here
            }
            JsonNode data = e.data();
            if (data == null || !data.hasNonNull("petitionId")) {
                return;
            }
            UUID petitionId;
            LocalDate concluded;
            try {
                petitionId = UUID.fromString(data.get("petitionId").asText());
                concluded = data.hasNonNull("concludedDate") ? LocalDate.parse(data.get("concludedDate").asText())
                        : null;
            } catch (RuntimeException bad) {
                throw new CloudEvents.MalformedEventException("team.concluded with an invalid petitionId or date");
            }
            String reference = data.path("conclusionReference").asText(null);
            if (reference == null || reference.isBlank()) {
                throw new CloudEvents.MalformedEventException("team.concluded without conclusionReference");
            }
            flags.recordConclusion(petitionId, reference, concluded);
        });
    }
}
