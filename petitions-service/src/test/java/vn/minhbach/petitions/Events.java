package vn.minhbach.petitions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import vn.minhbach.testing.Topics;
import vn.minhbach.testing.EventContract;

/** Reads the service's topic with a real consumer, as another service would. */
public final class Events {

    public static final String TOPIC = "minhbach.petitions.v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    /**
     * Polls the topic from the beginning until {@code until} holds for the events whose key is
     * {@code key} (or ~10 s pass) and answers them, parsed, in topic order.
     */
    public static List<JsonNode> forKey(String topic, String key, Predicate<List<JsonNode>> until) {
        // what this service really published must conform to its schema
        return Topics.read(topic, (k, e) -> key.equals(k), until, Duration.ofSeconds(10),
                TOPIC.equals(topic) ? EventContract::assertConforms : e -> { });
    }

    /** The petition's events until one of {@code type} has arrived. */
    public static List<JsonNode> until(String key, String type) {
        return forKey(TOPIC, key, evs -> evs.stream().anyMatch(e -> type.equals(e.path("type").asText())));
    }

    public static JsonNode first(List<JsonNode> events, String type) {
        return events.stream().filter(e -> type.equals(e.path("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " among " + events));
    }

    /**
     * Sends a fixture event to a consumer of this service; it must conform to its producer's published schema
     * (EventContract), so a test cannot feed the service what no producer publishes.
     */
    public static void send(String topic, String key, String value) {
        sendUnchecked(topic, key, EventContract.conforming(value));
    }

    /** Sends {@code value} as is: for the tests of what a consumer does with a malformed or foreign message. */
    public static void sendUnchecked(String topic, String key, String value) {
        Topics.send(topic, key, value);
    }
}
