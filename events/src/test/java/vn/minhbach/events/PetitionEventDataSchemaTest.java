package vn.minhbach.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field a typed view reads is one its producer publishes: a property of the type's committed JSON Schema
 * (docs/events/schemas, generated from petitions-service's records). A renamed or removed field fails here.
 */
class PetitionEventDataSchemaTest {

    static final Map<String, Class<? extends Record>> VIEWS = Map.of(
            PetitionEventData.RECEIVED, PetitionEventData.Received.class,
            PetitionEventData.ACCEPTED, PetitionEventData.Transition.class,
            PetitionEventData.TRANSFERRED, PetitionEventData.Transition.class,
            PetitionEventData.RESOLVED, PetitionEventData.Transition.class,
            PetitionEventData.STATUS_CHANGED, PetitionEventData.Transition.class,
            PetitionEventData.CORRUPTION_SIGNS_FLAGGED, PetitionEventData.CorruptionSignsFlagged.class,
            PetitionEventData.REGISTER_UPDATED, PetitionEventData.RegisterUpdated.class,
            PetitionEventData.VISIT_RECORDED, PetitionEventData.VisitRecorded.class);

    @Test
    void everyFieldAViewReadsIsPublished() throws IOException {
        for (var view : VIEWS.entrySet()) {
            JsonNode properties = schema(view.getKey()).path("properties");
            for (RecordComponent c : view.getValue().getRecordComponents()) {
                boolean onlyResolved = c.getName().equals("onTime");
                if (onlyResolved && !view.getKey().equals(PetitionEventData.RESOLVED)) {
                    continue; // Transition.onTime: petition.resolved's, null for the other transitions
                }
                assertTrue(properties.has(c.getName()),
                        view.getKey() + " publishes no " + c.getName() + " (read by " + view.getValue().getSimpleName() + ")");
            }
        }
    }

    private static JsonNode schema(String type) throws IOException {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs/events/schemas/" + type + ".schema.json");
            if (Files.exists(file)) {
                return new ObjectMapper().readTree(file.toFile());
            }
        }
        throw new IllegalStateException("no schema of " + type + " above " + System.getProperty("user.dir"));
    }
}
