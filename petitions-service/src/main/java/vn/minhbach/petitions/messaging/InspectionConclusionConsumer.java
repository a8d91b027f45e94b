package vn.minhbach.petitions.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import vn.minhbach.chassis.inbox.CloudEvents;
import vn.minhbach.chassis.inbox.Inbox;
import vn.minhbach.events.InspectionEventData;
import vn.minhbach.petitions.service.PetitionService;

/**
 * Closes the loop of a corruption-signs flag: when inspections concludes the team opened from the
 * lead on a petition ({@code team.concluded} with {@code petitionId}), the petition records the
 * conclusion reference. Other event types on the topic, and teams not opened from a petition, are
 * skipped; unparseable ones go to the DLQ. The data is read as the shared typed view
 * {@link InspectionEventData.TeamConcluded}.
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
    @Inject
    ObjectMapper json;

    /** Not transactional: {@code Inbox.handle} opens one transaction per attempt, then dead-letters. */
    @Incoming("inspections-in")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, e -> {
            if (!InspectionEventData.TEAM_CONCLUDED.equals(e.type())) {
                return; // other inspections events are not needed here
            }
            InspectionEventData.TeamConcluded data = read(e.data());
            if (data == null || data.petitionId() == null) {
                return; // a team not opened from a petition
            }
            UUID petitionId;
            try {
                petitionId = UUID.fromString(data.petitionId());
            } catch (RuntimeException bad) {
                throw new CloudEvents.MalformedEventException("team.concluded with an invalid petitionId or date");
            }
            String reference = data.conclusionReference();
            if (reference == null || reference.isBlank()) {
                throw new CloudEvents.MalformedEventException("team.concluded without conclusionReference");
            }
            flags.recordConclusion(petitionId, reference, data.concludedDate());
        });
    }

    /**
     * The typed view, or null when the event names no petition: such a team is not this consumer's, whatever
     * else its data carries. A value of the wrong shape in an event that names one is malformed.
     */
    private InspectionEventData.TeamConcluded read(JsonNode data) {
        if (data == null || !data.hasNonNull("petitionId")) {
            return null;
        }
        try {
            return json.treeToValue(data, InspectionEventData.TeamConcluded.class);
        } catch (JsonProcessingException | IllegalArgumentException bad) {
            throw new CloudEvents.MalformedEventException("team.concluded with an invalid petitionId or date");
        }
    }
}
