package vn.minhbach.e2e.faults;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.minhbach.testing.Topics;

/**
 * The events of one type about one set of petitions, as they lie on a topic (read whole by
 * {@link Topics#readToEnd}, which joins no group and moves no service's offsets).
 */
record EventTally(String type, int petitions, long records, long distinctEvents, Map<String, Long> eventsPerPetition,
        Map<String, Long> recordsPerPetition, Set<String> eventIds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Counts the events of {@code type} on {@code topic} whose {@code data.petitionId} is one of {@code ids}. */
    static EventTally count(String topic, String type, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Set<String>> eventIds = new HashMap<>();
        Map<String, Long> records = new HashMap<>();
        long[] total = {0};
        Topics.readToEnd(Rig.KAFKA, topic, r -> {
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
        }, Duration.ofSeconds(90));
        Map<String, Long> perPetition = eventIds.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue().size()));
        long distinct = perPetition.values().stream().mapToLong(Long::longValue).sum();
        Set<String> allIds = eventIds.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        return new EventTally(type, wanted.size(), total[0], distinct, perPetition, records, allIds);
    }

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
