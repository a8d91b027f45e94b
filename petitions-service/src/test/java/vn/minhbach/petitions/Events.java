package vn.minhbach.petitions;

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
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> found = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 10_000;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (System.currentTimeMillis() < deadline && !until.test(found)) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(record.key())) {
                        JsonNode event;
                        try {
                            event = MAPPER.readTree(record.value());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
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
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
