package vn.minhbach.e2e.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.minhbach.e2e.Stack;

/**
 * A client that records petitions through the gateway at a steady rate (open loop: a slow or failing
 * answer does not slow the next request down), taking turns between a few callers so the gateway's
 * per-client rate limit (600/min) is not what the test measures. Every answer is kept: status, time,
 * and the petition id of each 201.
 */
final class PetitionLoad implements AutoCloseable {

    /** How long a client waits for an answer: the gateway's upstream timeout (10 s) plus a margin. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    /** A caller allowed to record petitions in the unit (reception, handler, another system). */
    record Caller(String name, Supplier<String> token) {
        static Caller user(String username) {
            return new Caller(username, () -> Stack.userToken(username));
        }

        static Caller integration() {
            return new Caller(Stack.INTEGRATION_CLIENT, Stack::integrationToken);
        }
    }

    /** One request and its answer. */
    record Outcome(int seq, String caller, long sentAtMillis, long latencyMillis, int status, String petitionId,
            String contentType, String problemType, String error) {
        boolean acknowledged() {
            return status == 201 && petitionId != null;
        }

        boolean problemDocument() {
            return contentType != null && contentType.startsWith("application/problem+json") && problemType != null;
        }

        @Override
        public String toString() {
            return "#" + seq + " " + caller + " t+" + sentAtMillis + "ms " + (status > 0 ? status : error) + " in "
                    + latencyMillis + "ms" + (problemType == null ? "" : " " + problemType);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String unit;
    private final LocalDate receivedDate;
    private final double perSecond;
    private final List<Caller> callers;
    private final Consumer<Outcome> onAnswer;
    private final HttpClient http;
    private final ExecutorService httpPool = Executors.newFixedThreadPool(8, r -> daemon(r, "load-http"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "load-tick"));
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final String runTag = Long.toString(System.nanoTime() % 1_000_000_000L);
    private long startNanos;

    PetitionLoad(String unit, LocalDate receivedDate, double perSecond, List<Caller> callers) {
        this(unit, receivedDate, perSecond, callers, o -> { });
    }

    PetitionLoad(String unit, LocalDate receivedDate, double perSecond, List<Caller> callers, Consumer<Outcome> onAnswer) {
        this.unit = unit;
        this.receivedDate = receivedDate;
        this.perSecond = perSecond;
        this.callers = List.copyOf(callers);
        this.onAnswer = onAnswer;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).executor(httpPool).build();
        // Fetch the tokens now, not on the ticker while the clock runs.
        this.callers.forEach(c -> c.token().get());
    }

    PetitionLoad start() {
        startNanos = System.nanoTime();
        long periodMicros = Math.round(1_000_000 / perSecond);
        ticker.scheduleAtFixedRate(this::sendOne, 0, periodMicros, TimeUnit.MICROSECONDS);
        Rig.say("load: " + perSecond + " petitions/s into " + unit + " through the gateway, callers "
                + callers.stream().map(Caller::name).toList());
        return this;
    }

    /** Milliseconds since the load started. */
    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Stops sending and waits for every request in flight to be answered or time out. */
    void stop() {
        ticker.shutdownNow();
        long deadline = System.nanoTime() + CLIENT_TIMEOUT.plusSeconds(5).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Rig.sleep(Duration.ofMillis(100));
        }
        Rig.say("load stopped after " + elapsedMillis() + " ms: " + summary());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        httpPool.shutdownNow();
    }

    private void sendOne() {
        int seq = sent.incrementAndGet();
        Caller caller = callers.get(seq % callers.size());
        long at = elapsedMillis();
        String token;
        try {
            token = caller.token().get();
        } catch (RuntimeException e) {
            record(new Outcome(seq, caller.name(), at, 0, -1, null, null, null, "no token: " + e.getMessage()));
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/v1/petitions"))
                .timeout(CLIENT_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body(seq)))
                .build();
        long t0 = System.nanoTime();
        inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            try {
                long latency = (System.nanoTime() - t0) / 1_000_000;
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    String error = cause instanceof HttpTimeoutException ? "client-timeout" : cause.getClass().getSimpleName();
                    record(new Outcome(seq, caller.name(), at, latency, -1, null, null, null, error));
                    return;
                }
                String contentType = response.headers().firstValue("Content-Type").orElse(null);
                String id = null;
                String problemType = null;
                try {
                    JsonNode json = JSON.readTree(response.body());
                    if (response.statusCode() == 201) {
                        id = json.path("petition").path("id").asText(null);
                    } else {
                        problemType = json.path("type").asText(null);
                    }
                } catch (Exception e) {
                    // not JSON: counted as no problem document
                }
                record(new Outcome(seq, caller.name(), at, latency, response.statusCode(), id, contentType, problemType, null));
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void record(Outcome o) {
        outcomes.add(o);
        try {
            onAnswer.accept(o);
        } catch (RuntimeException e) {
            Rig.say("answer hook failed: " + e);
        }
    }

    /** A petition no other request resembles (no duplicate suggestion work for the service). */
    private String body(int seq) {
        ObjectNode b = JSON.createObjectNode();
        b.put("unitPath", unit);
        b.put("receivedDate", receivedDate.toString());
        b.put("kind", "FEEDBACK");
        ObjectNode who = b.putArray("petitioners").addObject();
        who.put("name", "Người thử lỗi " + runTag + "-" + seq);
        who.put("idNumber", "F" + runTag + String.format("%06d", seq));
        who.put("representative", true);
        ObjectNode subject = b.putObject("subject");
        subject.put("kind", "ACT");
        subject.put("description", "Kiểm thử chịu lỗi " + runTag + " số " + seq);
        b.putArray("domains").add("URBAN_MANAGEMENT");
        b.put("content", "Phản ánh kiểm thử chịu lỗi, lượt " + runTag + ", đơn số " + seq + ".");
        return b.toString();
    }

    List<Outcome> outcomes() {
        List<Outcome> all = new ArrayList<>(outcomes);
        all.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
        return all;
    }

    List<String> acknowledgedIds() {
        return outcomes().stream().filter(Outcome::acknowledged).map(Outcome::petitionId).toList();
    }

    int sent() {
        return sent.get();
    }

    /** Answers by status ("201", "503", "client-timeout", ...). */
    Map<String, Long> byStatus() {
        return outcomes().stream().collect(Collectors.groupingBy(
                o -> o.status() > 0 ? Integer.toString(o.status()) : o.error(), TreeMap::new, Collectors.counting()));
    }

    long maxLatencyMillis() {
        return outcomes().stream().mapToLong(Outcome::latencyMillis).max().orElse(0);
    }

    /**
     * Answers that break "nothing gets a 500, every failure is a 503 problem document" (a 429 problem
     * from the gateway's rate limit is an honest answer too, though the load is sized to avoid it).
     */
    List<Outcome> badAnswers() {
        return outcomes().stream()
                .filter(o -> !o.acknowledged() && !((o.status() == 503 || o.status() == 429) && o.problemDocument()))
                .toList();
    }

    String summary() {
        return "sent=" + sent() + " answers=" + byStatus() + " acknowledged=" + acknowledgedIds().size()
                + " maxLatencyMs=" + maxLatencyMillis();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
