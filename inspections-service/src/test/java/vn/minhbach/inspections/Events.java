package vn.minhbach.inspections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.minhbach.testing.EventContract;
import vn.minhbach.testing.KafkaTestResource;

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
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> found = new ArrayList<>();
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        try (var consumer = new KafkaConsumer<String, String>(p)) {
            consumer.subscribe(List.of(topic));
            while (System.currentTimeMillis() < deadline && found.size() < expected) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode event;
                    try {
                        event = MAPPER.readTree(record.value());
                    } catch (Exception ignored) {
                        continue; // not JSON: not one of ours
                    }
                    if (filter.test(event)) {
                        if (TOPIC.equals(topic)) {
                            EventContract.assertConforms(event); // what this service really published
                        }
                        found.add(event);
                    }
                }
            }
        }
        return found;
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
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
