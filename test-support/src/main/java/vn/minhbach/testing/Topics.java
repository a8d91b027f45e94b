package vn.minhbach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The tests' one way to read and write the real topics of a broker, as another service would: by default the
 * test broker ({@link KafkaTestResource}), read by a fresh consumer group from the beginning, values parsed as
 * JSON where asked (anything else is not one of the project's events and is skipped), and a producer that
 * waits for the broker's acknowledgement. The end-to-end tests, against a running stack, read a whole topic
 * without joining a group ({@link #readToEnd}) and describe the services' groups ({@link #groupMembers}).
 *
 * <p>The methods that take a {@code bootstrapServers} touch nothing but the Kafka client, so a module that runs
 * no Quarkus test (e2e) can use this class without the rest of test-support on its classpath.
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
        List<JsonNode> found = new ArrayList<>();
        poll(topic, record -> {
            JsonNode event = parse(record.value());
            if (event != null && keep.test(record.key(), event)) {
                check.accept(event);
                found.add(event);
            }
        }, () -> enough.test(found), timeout, Duration.ZERO);
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
        List<String> values = new ArrayList<>();
        poll(topic, r -> values.add(r.value()), () -> enough.test(values), timeout, Duration.ZERO);
        return values;
    }

    /**
     * The records of {@code topic} (key, value, headers), from the beginning, until {@code enough} holds for them
     * or {@code timeout} passes; then read on for {@code linger} (a duplicate would arrive right behind).
     */
    public static List<ConsumerRecord<String, String>> readRecords(String topic,
            Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout, Duration linger) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        poll(topic, records::add, () -> enough.test(records), timeout, linger);
        return records;
    }

    /** {@link #readRecords(String, Predicate, Duration, Duration)} without lingering. */
    public static List<ConsumerRecord<String, String>> readRecords(String topic,
            Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
        return readRecords(topic, enough, timeout, Duration.ZERO);
    }

    /** Every record of {@code topic} that arrives within {@code quiet}: to show that something is not sent. */
    public static List<ConsumerRecord<String, String>> readFor(String topic, Duration quiet) {
        return readRecords(topic, all -> false, quiet);
    }

    /**
     * Gives {@code each} every record of {@code topic} on {@code bootstrapServers}, from the first offset to the
     * end offsets of the moment, with a consumer that joins no group (it commits nothing and moves no service's
     * offsets) and reads only committed records; fails when the end is not reached within {@code timeout}.
     */
    public static void readToEnd(String bootstrapServers, String topic, Consumer<ConsumerRecord<String, String>> each,
            Duration timeout) {
        Properties p = consumerProperties(bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(each);
            }
        }
    }

    /** Members of a consumer group and the partitions each holds, e.g. {@code {consumer-1/0a1b2c3d=[t-0, t-1]}}. */
    public static Map<String, List<String>> groupMembers(String bootstrapServers, String group) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(20, TimeUnit.SECONDS);
            Map<String, List<String>> members = new HashMap<>();
            for (MemberDescription m : d.members()) {
                String id = m.consumerId();
                members.put(m.clientId() + "/" + id.substring(Math.max(0, id.length() - 8)),
                        m.assignment().topicPartitions().stream().map(tp -> tp.topic() + "-" + tp.partition())
                                .sorted().toList());
            }
            return members;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer group " + group + ": " + e, e);
        }
    }

    /** Sends the records, each {@code {topic, key, value}}, in order, and waits until the broker has them all. */
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

    /**
     * Polls {@code topic} of the test broker with a fresh group from the beginning, giving {@code each} every
     * record, until {@code enough} holds or {@code timeout} passes; then on for {@code linger}.
     */
    private static void poll(String topic, Consumer<ConsumerRecord<String, String>> each, BooleanSupplier enough,
            Duration timeout, Duration linger) {
        Properties p = consumerProperties(KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline && !enough.getAsBoolean()) {
                consumer.poll(Duration.ofMillis(300)).forEach(each);
            }
            long lingerEnd = System.nanoTime() + linger.toNanos();
            while (System.nanoTime() < lingerEnd) {
                consumer.poll(Duration.ofMillis(300)).forEach(each);
            }
        }
    }

    /** The one consumer configuration: string keys and values from {@code bootstrapServers}. */
    private static Properties consumerProperties(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (var e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parse(String value) {
        try {
            return value == null ? null : JSON.readTree(value);
        } catch (Exception notJson) {
            return null;
        }
    }
}
