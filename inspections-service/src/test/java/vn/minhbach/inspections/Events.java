package vn.minhbach.inspections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import vn.minhbach.testing.Topics;
import vn.minhbach.testing.EventContract;

/** Reads and writes the real topics of the in-JVM broker, as other services would. */
final class Events {

    static final String TOPIC = "minhbach.inspections.v1";
    static final String PETITIONS = "minhbach.petitions.v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Events() {
    }

    /**
     * Polls {@code topic} from the beginning for up to {@code seconds} and returns the CloudEvents
     * matching {@code filter}, stopping early once {@code expected} have been seen.
     */
    static List<JsonNode> await(String topic, Predicate<JsonNode> filter, int expected, int seconds) {
        // what this service really published must conform to its schema
        return Topics.read(topic, (k, e) -> filter.test(e), found -> found.size() >= expected,
                Duration.ofSeconds(seconds), TOPIC.equals(topic) ? EventContract::assertConforms : e -> { });
    }

    static Predicate<JsonNode> of(String type, String subject) {
        return e -> type.equals(e.path("type").asText()) && subject.equals(e.path("subject").asText());
    }

    /**
     * Sends a fixture event to a consumer of this service; it must conform to its producer's published schema
     * (EventContract), so a test cannot feed the service what no producer publishes.
     */
    static void send(String topic, String key, String value) {
        sendUnchecked(topic, key, EventContract.conforming(value));
    }

    /** Sends {@code value} as is: for the tests of what a consumer does with a malformed or foreign message. */
    static void sendUnchecked(String topic, String key, String value) {
        Topics.send(topic, key, value);
    }

    /** A {@code petition.corruption-signs-flagged} CloudEvent shaped as docs/contracts.md says. */
    static String flagged(String eventId, String petitionId, String unit) {
        return """
                {"specversion":"1.0","id":"%s","source":"/minhbach/petitions-service",
                 "type":"petition.corruption-signs-flagged","subject":"%s","time":"2022-05-02T08:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"unitPath":"%s","petitionId":"%s","number":"DT-2022-0042","kind":"DENUNCIATION",
                         "domains":["LAND_MANAGEMENT","CONSTRUCTION_ORDER"],
                         "summary":"Dấu hiệu cấp phép xây dựng sai quy định","flaggedDate":"2022-05-02"}}
                """.formatted(eventId, petitionId, unit, petitionId);
    }
}
