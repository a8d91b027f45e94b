package vn.minhbach.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field a typed view reads is one its producer publishes: a property of the type's committed JSON Schema
 * (docs/events/schemas, generated from the producers' records), nested records (a list's items included) against
 * the nested schema. A renamed or removed field fails here.
 */
class EventDataSchemaTest {

    static final Map<String, Class<? extends Record>> VIEWS = Map.ofEntries(
            Map.entry(PetitionEventData.RECEIVED, PetitionEventData.Received.class),
            Map.entry(PetitionEventData.ACCEPTED, PetitionEventData.Transition.class),
            Map.entry(PetitionEventData.TRANSFERRED, PetitionEventData.Transition.class),
            Map.entry(PetitionEventData.RESOLVED, PetitionEventData.Transition.class),
            Map.entry(PetitionEventData.STATUS_CHANGED, PetitionEventData.Transition.class),
            Map.entry(PetitionEventData.CORRUPTION_SIGNS_FLAGGED, PetitionEventData.CorruptionSignsFlagged.class),
            Map.entry(PetitionEventData.REGISTER_UPDATED, PetitionEventData.RegisterUpdated.class),
            Map.entry(PetitionEventData.VISIT_RECORDED, PetitionEventData.VisitRecorded.class),
            Map.entry(InspectionEventData.TEAM_DECIDED, InspectionEventData.TeamDecided.class),
            Map.entry(InspectionEventData.TEAM_CONCLUDED, InspectionEventData.TeamConcluded.class),
            Map.entry(UnitEventData.SUCCESSION, UnitEventData.Succession.class));

    @Test
    void everyFieldAViewReadsIsPublished() throws IOException {
        for (var view : VIEWS.entrySet()) {
            check(view.getKey(), view.getValue(), schema(view.getKey()));
        }
    }

    @Test
    void theRegistryChangesArePublishedAsWholeUnits() throws IOException {
        // their view is chassis-scope's Unit (UnitEventData); the three schemas are one shape
        JsonNode created = schema(UnitEventData.CREATED).path("properties");
        for (String type : List.of(UnitEventData.CHANGED, UnitEventData.RETIRED)) {
            assertTrue(created.equals(schema(type).path("properties")), type + " is not the shape of unit.created");
        }
    }

    private static void check(String type, Class<?> view, JsonNode schema) {
        JsonNode properties = schema.path("properties");
        for (RecordComponent c : view.getRecordComponents()) {
            boolean onlyResolved = view == PetitionEventData.Transition.class && c.getName().equals("onTime");
            if (onlyResolved && !type.equals(PetitionEventData.RESOLVED)) {
                continue; // Transition.onTime: petition.resolved's, null for the other transitions
            }
            assertTrue(properties.has(c.getName()),
                    type + " publishes no " + c.getName() + " (read by " + view.getSimpleName() + ")");
            JsonNode property = properties.path(c.getName());
            if (c.getType().isRecord()) {
                check(type + "." + c.getName(), c.getType(), property);
            } else if (List.class.isAssignableFrom(c.getType()) && c.getGenericType() instanceof ParameterizedType p) {
                Type item = p.getActualTypeArguments()[0];
                if (item instanceof Class<?> k && k.isRecord()) {
                    check(type + "." + c.getName() + "[]", k, property.path("items"));
                }
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
