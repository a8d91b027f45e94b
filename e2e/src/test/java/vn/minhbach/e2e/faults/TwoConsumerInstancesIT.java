package vn.minhbach.e2e.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import vn.minhbach.e2e.EndToEnd;
import vn.minhbach.e2e.Stack;
import vn.minhbach.testing.Topics;

/**
 * Fault 5: two instances of each consumer of the petitions topic (inspections-service, group
 * {@code inspections-service}; programs-service, group {@code programs-service-report}) share its
 * 3 partitions. Petitions are recorded and each one flagged for signs of corruption; half-way the
 * extra instances leave (a rebalance while events flow). Each event has one effect: one lead per
 * flagged petition, one read-model row per petition, report figures equal to what was acknowledged.
 */
@EndToEnd
class TwoConsumerInstancesIT {

    static final String TEST = "F5 two instances per consumer";
    static final int INSPECTIONS_EXTRA_PORT = 28082;
    static final int PROGRAMS_EXTRA_PORT = 28083;
    static final String INSPECTIONS_GROUP = "inspections-service";
    static final String PROGRAMS_GROUP = "programs-service-report";

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void eachEventHasOneEffect() {
        String unit = Rig.freshUnit(5);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long skippedBefore = Ledger.duplicatesSkipped();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService flagger = Executors.newFixedThreadPool(4);
        Map<String, Integer> flagAnswers = new ConcurrentHashMap<>();
        String handlerToken = Stack.userToken("handler.btl", Duration.ofSeconds(270)); // held through the whole run
        try {
            Rig.startInstance("inspections-service", INSPECTIONS_EXTRA_PORT);
            Rig.startInstance("programs-service", PROGRAMS_EXTRA_PORT);
            Map<String, Map<String, List<String>>> groups = new TreeMap<>();
            boolean shared = Rig.waitUntil(Duration.ofSeconds(60), () -> {
                groups.put(INSPECTIONS_GROUP, Topics.groupMembers(Rig.KAFKA, INSPECTIONS_GROUP));
                groups.put(PROGRAMS_GROUP, Topics.groupMembers(Rig.KAFKA, PROGRAMS_GROUP));
                return splitAcrossTwo(groups.get(INSPECTIONS_GROUP)) && splitAcrossTwo(groups.get(PROGRAMS_GROUP));
            });
            Rig.say(TEST + ": consumer groups " + groups);
            assertTrue(shared, "the petitions topic's partitions are not shared by two members in each group: " + groups);
            // A freshly started JVM compiles its hot paths for a while; on two cores that starves the
            // other services. The subject here is the rebalance, not a cold start, so let them settle.
            Rig.sleep(Duration.ofSeconds(15));

            try (PetitionLoad load = new PetitionLoad(unit, day, 10, Callers.withoutHandler(), answer -> {
                if (answer.acknowledged()) {
                    flagger.submit(() -> flagAnswers.put(answer.petitionId(), flag(http, handlerToken, answer.petitionId(), day)));
                }
            })) {
                load.start();
                Rig.sleep(Duration.ofSeconds(15));
                // Scale back down while events flow: the partitions move back to the first instances.
                Rig.stopInstance("programs-service", PROGRAMS_EXTRA_PORT);
                Rig.stopInstance("inspections-service", INSPECTIONS_EXTRA_PORT);
                Rig.sleep(Duration.ofSeconds(10));
                load.stop();
                flagger.shutdown();
                assertTrue(flagger.awaitTermination(60, TimeUnit.SECONDS), "flag requests did not finish");

                // The leads are counted and printed even when the petition figures already fail.
                AssertionError received = null;
                try {
                    Ledger.verify(TEST, load, unit, day, Duration.ofSeconds(60), skippedBefore);
                } catch (AssertionError e) {
                    received = e;
                }

                Set<String> flagged = flagAnswers.entrySet().stream().filter(e -> e.getValue() == 200)
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                Map<Integer, Long> flagStatuses = flagAnswers.values().stream()
                        .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
                // Two minutes: a partition the stopped instance held moves only once the group has
                // rebalanced, and its in-flight events are then applied by the remaining instance.
                boolean leadsArrived = Rig.waitUntil(Duration.ofSeconds(120),
                        () -> Ledger.leadsPerPetition(unit).keySet().containsAll(flagged));
                Map<String, Long> leads = Ledger.leadsPerPetition(unit);
                EventTally flagEvents = EventTally.count(Rig.PETITIONS_TOPIC, "petition.corruption-signs-flagged", flagged);
                long leadsConsumed = Ledger.processed(Rig.INSPECTIONS_DB, Ledger.INSPECTIONS_CONSUMER, flagEvents.eventIds());
                long flaggedInReport = Ledger.report(unit, day).getLong("citizenReception.corruptionSignsFlagged");
                long flaggedInReadModel = Ledger.readModelFlagged(unit);
                Set<String> withoutLead = new HashSet<>(flagged);
                withoutLead.removeAll(leads.keySet());
                Map<String, Long> doubleLeads = leads.entrySet().stream().filter(e -> e.getValue() > 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                Set<String> unexpectedLeads = new HashSet<>(leads.keySet());
                unexpectedLeads.removeAll(flagged);
                Rig.report(TEST + " (flags)", "flagRequests=" + flagAnswers.size() + " answers=" + flagStatuses
                        + " flagged=" + flagged.size() + " flaggedEventsOnTopic=" + flagEvents.distinctEvents()
                        + " records=" + flagEvents.records() + " consumed(inspections inbox)=" + leadsConsumed
                        + " leads=" + leads.values().stream().mapToLong(Long::longValue).sum()
                        + " petitionsWithoutLead=" + withoutLead.size() + " petitionsWithTwoOrMoreLeads=" + doubleLeads.size()
                        + " readModelFlagged=" + flaggedInReadModel + " report.corruptionSignsFlagged=" + flaggedInReport);

                if (received != null) {
                    throw received;
                }
                assertTrue(flagged.size() > 0, "no petition could be flagged: " + flagStatuses);
                assertEquals(flagAnswers.size(), flagged.size(), "flag requests that failed: " + flagStatuses);
                assertTrue(leadsArrived && withoutLead.isEmpty(), "flagged petitions without a lead: " + withoutLead
                        + " " + whereTheFlagStopped(withoutLead, flagEvents));
                assertTrue(doubleLeads.isEmpty(), "petitions with more than one lead: " + doubleLeads);
                assertTrue(unexpectedLeads.isEmpty(), "leads for petitions nobody flagged: " + unexpectedLeads);
                assertTrue(flagEvents.duplicated().isEmpty(), "more than one flagged event: " + flagEvents.duplicated());
                assertEquals(flagEvents.eventIds().size(), leadsConsumed, "flagged events not recorded once by inspections");
                assertEquals(flagged.size(), flaggedInReadModel, "read model's flagged petitions");
                assertEquals(flagged.size(), flaggedInReport, "report's corruptionSignsFlagged");
                // No petitions-service fault is injected here, but four service JVMs, Kafka, Keycloak and
                // PostgreSQL share the machine: an intake may time out at the gateway under that load.
                // Its answer must then be an honest 503/429 problem document (the client retries with
                // its Idempotency-Key), and the ledger above already holds for petitions stored after
                // the gateway gave up. What may not happen is a 500 or a body that is not a problem.
                assertTrue(load.badAnswers().isEmpty(), "intake answers that are neither 201 nor a 503/429 problem: "
                        + load.badAnswers());
                assertTrue(load.acknowledgedIds().size() * 2 > load.sent(),
                        "fewer than half the intakes acknowledged: " + load.summary());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            flagger.shutdownNow();
            Rig.script(Duration.ofSeconds(90), "instance", "stop", "--all");
        }
    }

    /**
     * For each petition flagged without a lead: how many flagged events of it lie on the topic, whether
     * the inspections inbox recorded them, whether one went to the leads consumer's dead-letter topic,
     * and the petition's flagged date in petitions-service, so a failure says where the event stopped.
     */
    private static String whereTheFlagStopped(Set<String> petitions, EventTally flagEvents) {
        if (petitions.isEmpty()) {
            return "";
        }
        EventTally mine = EventTally.count(Rig.PETITIONS_TOPIC, "petition.corruption-signs-flagged", petitions);
        EventTally dead = EventTally.count(Rig.PETITIONS_TOPIC + ".dlq.inspections-leads",
                "petition.corruption-signs-flagged", petitions);
        StringBuilder out = new StringBuilder("(");
        for (String id : petitions) {
            out.append(id).append(": events on topic=").append(mine.eventsPerPetition().getOrDefault(id, 0L))
                    .append(", dead-lettered=").append(dead.eventsPerPetition().getOrDefault(id, 0L))
                    .append(", in inspections inbox=").append(Ledger.processed(Rig.INSPECTIONS_DB, Ledger.INSPECTIONS_CONSUMER,
                            mine.eventIds()))
                    .append(", petition flagged_date=").append(Rig.psql(Rig.PETITIONS_DB,
                            "select coalesce(flagged_date::text, 'null') from petition where id = " + Rig.quote(id)))
                    .append("; ");
        }
        return out.append(")").toString();
    }

    /** Both members hold at least one partition of the petitions topic. */
    private static boolean splitAcrossTwo(Map<String, List<String>> members) {
        long holding = members.values().stream()
                .filter(parts -> parts.stream().anyMatch(p -> p.startsWith(Rig.PETITIONS_TOPIC + "-"))).count();
        return members.size() >= 2 && holding >= 2;
    }

    /**
     * Flags a petition for signs of corruption as handler.btl, as a client that keeps its word would:
     * one Idempotency-Key per petition, the same request again after a 503 or no answer (the first try
     * may have been applied after the gateway gave up; the key makes the retry answer as the first did).
     * The last HTTP status (-1 when no answer).
     */
    private static int flag(HttpClient http, String token, String petitionId, LocalDate day) {
        String body = "{\"summary\":\"Dấu hiệu tham nhũng (kiểm thử hai phiên bản)\",\"flaggedDate\":\"" + day + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/v1/petitions/" + petitionId + "/corruption-signs"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", "f5-flag-" + petitionId)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status = -1;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = -1;
            }
            if (status != 503 && status != -1) {
                return status;
            }
            Rig.sleep(Duration.ofSeconds(3));
        }
        return status;
    }
}
