package vn.minhbach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The tests' one way to read and write the real topics of the test broker ({@link KafkaTestResource}), as
 * another service would: a fresh consumer group reading from the beginning, values parsed as JSON (anything
 * else is not one of the project's events and is skipped), and a producer that waits for the broker's
 * acknowledgement.
 */
public final class Topics {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Topics() {
    }

    /**
     * Reads {@code topic} from the beginning until {@code enough} holds for the events kept so far or
     * {@code timeout} passes, and answers them in topic order. An event is kept when {@code keep} holds for its
     * record key and its JSON; each kept event is first given to {@code check} (e.g. the producer's schema).
     */
    public static List<JsonNode> read(String topic, BiPredicate<String, JsonNode> keep, Predicate<List<JsonNode>> enough,
            Duration timeout, Consumer<JsonNode> check) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JsonNode> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline && !enough.test(found)) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode event = parse(record.value());
                    if (event != null && keep.test(record.key(), event)) {
                        check.accept(event);
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    /** {@link #read} without a check. */
    public static List<JsonNode> read(String topic, BiPredicate<String, JsonNode> keep, Predicate<List<JsonNode>> enough,
            Duration timeout) {
        return read(topic, keep, enough, timeout, e -> {
        });
    }

    /**
     * The values of {@code topic} as they are (a dead-letter topic holds what could not be read as an event),
     * from the beginning, until {@code enough} holds for them or {@code timeout} passes.
     */
    public static List<String> readValues(String topic, Predicate<List<String>> enough, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline && !enough.test(values)) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> values.add(r.value()));
            }
        }
        return values;
    }

    /** Sends the records, each {@code {topic, key, value}}, and waits until the broker has them all. */
    public static void send(List<String[]> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (String[] r : records) {
                sent.add(producer.send(new ProducerRecord<>(r[0], r[1], r[2])));
            }
            for (var f : sent) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send to the test broker", e);
        }
    }

    /** Sends one record as it is (no schema check: see {@link EventContract#conforming} for fixtures). */
    public static void send(String topic, String key, String value) {
        send(List.<String[]>of(new String[] {topic, key, value}));
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? null : JSON.readTree(value);
        } catch (Exception notJson) {
            return null;
        }
    }
}
