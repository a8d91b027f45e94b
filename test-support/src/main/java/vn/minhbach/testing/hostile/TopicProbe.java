package vn.minhbach.testing.hostile;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.minhbach.testing.KafkaTestResource;

/** Puts a hostile event on a topic and waits for it on another (OWASP API10: unsafe consumption). */
public final class TopicProbe {

    private TopicProbe() {
    }

    public static void send(String topic, String key, String value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the first record with {@code key} on {@code topic} within {@code timeout}, or null. */
    public static String awaitKey(String topic, String key, Duration timeout) {
        return await(topic, (k, v) -> key.equals(k), timeout);
    }

    /** The value of the first record whose key or value contains {@code marker}, or null. */
    public static String awaitContaining(String topic, String marker, Duration timeout) {
        return await(topic, (k, v) -> (k != null && k.contains(marker)) || (v != null && v.contains(marker)), timeout);
    }

    public static String await(String topic, java.util.function.BiPredicate<String, String> match, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "hostile-probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long end = System.currentTimeMillis() + timeout.toMillis();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            while (System.currentTimeMillis() < end) {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(r.key(), r.value())) {
                        return r.value() == null ? "" : r.value();
                    }
                }
            }
        }
        return null;
    }
}
