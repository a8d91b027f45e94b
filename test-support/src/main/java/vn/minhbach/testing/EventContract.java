package vn.minhbach.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The events' published contract: one JSON Schema per event type for the event's {@code data}, in
 * {@code docs/events/schemas/<type>.schema.json} (docs/events/README.md, "Schemas").
 * <ul>
 * <li>Producers: {@link #assertSchemaIsPublished} generates the schema from the record the service hands
 * to {@code Outbox.publish} and compares it with the committed file ({@code -D}{@value #UPDATE}{@code =true}
 * rewrites the file instead); the service's topic test checks what it really published with
 * {@link #assertConforms}.</li>
 * <li>Consumers: every fixture event a test sends goes through {@link #assertConforms}, so a test cannot
 * feed a consumer a value its producer can never publish.</li>
 * </ul>
 * Every record component is required and non-null unless it is optional: annotated
 * {@code @JsonInclude(NON_NULL)} itself, or {@code @OptionalField} (chassis outbox; recognised by its
 * name, test-support does not depend on the chassis). An optional component of a record (or component)
 * that is {@code @JsonInclude(NON_NULL)} may be absent; otherwise it is present and may be {@code null}.
 * Objects stay open ({@code additionalProperties} is not restricted) so that adding an optional field
 * does not break a consumer that validates.
 */
public final class EventContract {

    /** System property: {@code -Dminhbach.events.update=true} (re)writes the schema files. */
    public static final String UPDATE = "minhbach.events.update";
    private static final String OPTIONAL_MARKER = "OptionalField";

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final SchemaGenerator GENERATOR = generator();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig VALIDATION = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** The schema of {@code type}'s data, as generated from the producer's record. */
    public static String schema(String type, Class<?> record) {
        ObjectNode schema = GENERATOR.generateSchema(record);
        ObjectNode out = MAPPER.createObjectNode();
        out.set("$schema", schema.get("$schema"));
        out.put("title", type);
        out.put("description", "The data of a " + type + " event (generated from "
                + record.getName().substring(record.getPackageName().length() + 1).replace('$', '.') + ").");
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(out) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The committed {@code docs/events/schemas/<type>.schema.json} is the schema generated from
     * {@code record}; with {@code -Dminhbach.events.update=true}, writes it.
     */
    public static void assertSchemaIsPublished(String type, Class<?> record) {
        String generated = schema(type, record);
        Path file = schemaDirectory().resolve(type + ".schema.json");
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, generated, StandardCharsets.UTF_8);
                SCHEMAS.remove(type);
                return;
            }
            if (!Files.exists(file)) {
                fail("No published schema for event type " + type + " (" + file + "). Run the producer's "
                        + "EventSchemasTest with -D" + UPDATE + "=true and commit the file.");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated,
                    "The published schema of event type " + type + " (" + file + ") differs from the one generated "
                            + "from " + record.getName() + ". If the producer changed the event on purpose, run "
                            + "its EventSchemasTest with -D" + UPDATE + "=true, commit the file and read "
                            + "docs/events/README.md (\"Schemas\"): anything but a new optional field breaks consumers.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event's {@code data} conforms to the published schema of its {@code type}. */
    public static void assertConforms(JsonNode cloudEvent) {
        String type = cloudEvent.path("type").asText(null);
        if (type == null) {
            fail("Event without a type: " + cloudEvent);
        }
        assertConforms(type, cloudEvent.get("data"));
    }

    /** {@code data} conforms to the published schema of {@code type}. */
    public static void assertConforms(String type, JsonNode data) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(type, EventContract::load);
        if (schema == null) {
            fail("No published schema for event type " + type + " in " + schemaDirectory()
                    + ": no producer publishes it (docs/events/README.md)");
        }
        if (data == null) {
            fail("Event " + type + " without data");
        }
        Set<ValidationMessage> messages = schema.validate(data);
        if (!messages.isEmpty()) {
            fail("Event " + type + " does not conform to its published schema: "
                    + messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; "))
                    + "\n  data: " + data);
        }
    }

    /** {@link #assertConforms(JsonNode)} and returns the event, for fixtures built in one expression. */
    public static <T extends JsonNode> T conforming(T cloudEvent) {
        assertConforms(cloudEvent);
        return cloudEvent;
    }

    /** Parses a CloudEvent written as JSON text, checks it and returns the text. */
    public static String conforming(String cloudEventJson) {
        try {
            assertConforms(MAPPER.readTree(cloudEventJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cloudEventJson;
    }

    private static JsonSchema load(String type) {
        Path file = schemaDirectory().resolve(type + ".schema.json");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return FACTORY.getSchema(MAPPER.readTree(file.toFile()), VALIDATION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docs/events/schemas} of the repository the build runs in, found walking up from {@code user.dir}. */
    static Path schemaDirectory() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/events"))) {
                return dir.resolve("docs/events/schemas");
            }
        }
        throw new IllegalStateException("No docs/events above " + System.getProperty("user.dir"));
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .without(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.VALUES_FROM_CONSTANT_FIELDS);
        builder.forTypesInGeneral()
                .withPropertySorter((a, b) -> 0)
                .withCustomDefinitionProvider((type, context) -> {
                    Class<?> c = type.getErasedType();
                    String format = c == LocalDate.class ? "date"
                            : c == UUID.class ? "uuid"
                            : c == Instant.class || c == OffsetDateTime.class ? "date-time"
                            : null;
                    if (format == null) {
                        return null;
                    }
                    ObjectNode node = context.getGeneratorConfig().createObjectNode()
                            .put("type", "string").put("format", format);
                    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                            CustomDefinition.AttributeInclusion.YES);
                });
        builder.forFields()
                .withRequiredCheck(field -> !optional(field) || !omittedWhenNull(field))
                .withNullableCheck(field -> optional(field) && !omittedWhenNull(field));
        return new SchemaGenerator(builder.build());
    }

    private static boolean optional(FieldScope field) {
        if (field.getType() != null && field.getType().isPrimitive()) {
            return false;
        }
        Field raw = field.getRawMember();
        for (Annotation a : raw.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals(OPTIONAL_MARKER)) {
                return true;
            }
        }
        JsonInclude own = raw.getAnnotation(JsonInclude.class);
        return own != null && own.value() == JsonInclude.Include.NON_NULL;
    }

    private static boolean omittedWhenNull(FieldScope field) {
        Field raw = field.getRawMember();
        JsonInclude own = raw.getAnnotation(JsonInclude.class);
        if (own != null && own.value() != JsonInclude.Include.USE_DEFAULTS) {
            return own.value() == JsonInclude.Include.NON_NULL;
        }
        JsonInclude onType = raw.getDeclaringClass().getAnnotation(JsonInclude.class);
        return onType != null && onType.value() == JsonInclude.Include.NON_NULL;
    }
}
