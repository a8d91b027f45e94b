package vn.minhbach.e2e.faults;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a whole topic, from the first offset to the end offsets of the moment, with a plain consumer
 * that joins no group (it commits nothing and moves no service's offsets).
 */
final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The events of one type about one set of petitions, as they lie on the topic. */
    record Tally(String type, int petitions, long records, long distinctEvents, Map<String, Long> eventsPerPetition,
            Map<String, Long> recordsPerPetition, Set<String> eventIds) {

        /** Petitions of the set with no such event. */
        Set<String> missing(Collection<String> ids) {
            return ids.stream().filter(id -> !eventsPerPetition.containsKey(id)).collect(Collectors.toSet());
        }

        /** Petitions with more than one distinct event of the type (distinct CloudEvent ids). */
        Map<String, Long> duplicated() {
            return eventsPerPetition.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        /** Records beyond one per event: the same event published again (at-least-once relay). */
        long redeliveries() {
            return records - distinctEvents;
        }
    }

    private TopicReader() {
    }

    /** Counts the events of {@code type} whose {@code data.petitionId} is one of {@code ids}. */
    static Tally count(String topic, String type, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Set<String>> eventIds = new HashMap<>();
        Map<String, Long> records = new HashMap<>();
        long[] total = {0};
        readAll(topic, r -> {
            JsonNode event;
            try {
                event = JSON.readTree(r.value());
            } catch (Exception e) {
                return;
            }
            if (!type.equals(event.path("type").asText())) {
                return;
            }
            String petitionId = event.path("data").path("petitionId").asText(null);
            if (petitionId == null || !wanted.contains(petitionId)) {
                return;
            }
            total[0]++;
            records.merge(petitionId, 1L, Long::sum);
            eventIds.computeIfAbsent(petitionId, k -> new HashSet<>()).add(event.path("id").asText());
        });
        Map<String, Long> perPetition = eventIds.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        long distinct = perPetition.values().stream().mapToLong(Long::longValue).sum();
        Set<String> allIds = eventIds.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        return new Tally(type, wanted.size(), total[0], distinct, perPetition, records, allIds);
    }

    static void readAll(String topic, java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Rig.KAFKA);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "e2e-faults-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(20));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 90 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    each.accept(r);
                }
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (var e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Members of a consumer group and the partitions each holds, e.g. {@code {consumer-1=[0, 1]}}. */
    static Map<String, List<String>> groupMembers(String group) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Rig.KAFKA);
        try (Admin admin = Admin.create(props)) {
            ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS);
            Map<String, List<String>> result = new HashMap<>();
            for (MemberDescription m : d.members()) {
                result.put(m.clientId() + "/" + m.consumerId().substring(Math.max(0, m.consumerId().length() - 8)), m.assignment().topicPartitions().stream()
                        .map(tp -> tp.topic() + "-" + tp.partition()).sorted().toList());
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer group " + group + ": " + e, e);
        }
    }
}
