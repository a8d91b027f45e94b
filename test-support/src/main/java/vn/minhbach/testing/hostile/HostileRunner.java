package vn.minhbach.testing.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a hostile corpus over loopback with a few concurrent requests and checks every answer: never a
 * 5xx; every 4xx an RFC 9457 problem document ({@code application/problem+json} with {@code status}
 * and {@code title}) that shows no stack trace, class name or SQL; and counts, per operation, what was
 * sent and how it was answered.
 */
public final class HostileRunner {

    /** Text that must never appear in an error body: traces, class and package names, SQL errors. */
    public static final List<String> LEAK_MARKERS = List.of("Exception", "\tat ", "Caused by", "java.lang",
            "org.hibernate", "io.quarkus", "io.vertx", "io.smallrye", "com.fasterxml", "org.postgresql", "jakarta.",
            "vn.minhbach.", "SQLState", "SQL state", "syntax error at or near", "PSQL", "duplicate key value",
            "violates", "ConstraintViolation", "NullPointer", "stack");

    private final URI base;
    private final String token;
    private final HttpClient client;
    private final int concurrency;

    public HostileRunner(URI base, String token, int concurrency) {
        this.base = base;
        this.token = token;
        this.concurrency = concurrency;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Counts for one operation. */
    public static final class Counts {
        public final AtomicInteger sent = new AtomicInteger();
        public final AtomicInteger ok2xx = new AtomicInteger();
        public final AtomicInteger client4xx = new AtomicInteger();
        public final AtomicInteger server5xx = new AtomicInteger();
        public final AtomicInteger nonProblem = new AtomicInteger();
        public final AtomicInteger acceptedDefective = new AtomicInteger();
        public final AtomicInteger closed = new AtomicInteger();
        public final AtomicInteger codecLimit = new AtomicInteger();

        @Override
        public String toString() {
            return String.format("sent=%d 2xx=%d 4xx=%d 5xx=%d non-problem=%d accepted-defective=%d codec-414=%d closed=%d",
                    sent.get(), ok2xx.get(), client4xx.get(), server5xx.get(), nonProblem.get(),
                    acceptedDefective.get(), codecLimit.get(), closed.get());
        }
    }

    /** The outcome of a run: counts per operation, failures (5xx, non-problem, leaks) and findings. */
    public static final class Report {
        public final Map<String, Counts> byOperation = Collections.synchronizedMap(new TreeMap<>());
        public final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        public final List<String> acceptedDefective = Collections.synchronizedList(new ArrayList<>());
        /** Lenient requests worth a look although allowed: invalid UTF-8 accepted (decoded with U+FFFD). */
        public final List<String> tolerated = Collections.synchronizedList(new ArrayList<>());

        public Counts counts(String operation) {
            return byOperation.computeIfAbsent(operation, k -> new Counts());
        }

        public int total(java.util.function.Function<Counts, AtomicInteger> field) {
            synchronized (byOperation) {
                return byOperation.values().stream().mapToInt(c -> field.apply(c).get()).sum();
            }
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            synchronized (byOperation) {
                byOperation.forEach((op, c) -> sb.append(String.format("  %-70s %s%n", op, c)));
            }
            sb.append(String.format("  TOTAL sent=%d 4xx=%d 5xx=%d non-problem=%d accepted-defective=%d%n",
                    total(c -> c.sent), total(c -> c.client4xx), total(c -> c.server5xx), total(c -> c.nonProblem),
                    total(c -> c.acceptedDefective)));
            return sb.toString();
        }

        /** Failures grouped by kind, status, category and operation, with one exact request per group. */
        public final Map<String, List<String>> groups = new TreeMap<>();

        void fail(String kind, int status, HostileRequest r, String text) {
            failures.add(text);
            String key = kind + " " + status + " | " + r.category().replaceAll(":.*", "") + (r.anonymous() ? " (anonymous)" : "")
                    + " | " + r.operation();
            synchronized (groups) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
            }
        }

        public String failureSample(int max) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            synchronized (groups) {
                for (var e : groups.entrySet()) {
                    if (n++ >= max) {
                        sb.append("… ").append(groups.size() - max).append(" more groups\n");
                        break;
                    }
                    sb.append(e.getValue().size()).append(" × ").append(e.getKey()).append("\n  e.g. ")
                            .append(e.getValue().get(0)).append('\n');
                }
            }
            return sb.toString();
        }
    }

    public void run(List<HostileRequest> requests, Report report) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (HostileRequest r : requests) {
                futures.add(pool.submit(() -> send(r, report)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(HostileRequest r, Report report) {
        Counts counts = report.counts(r.operation());
        counts.sent.incrementAndGet();
        HttpResponse<byte[]> response;
        try {
            response = client.send(build(r), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // A server may close the connection after answering 413 to a body still being sent.
            if ("huge-body".equals(r.category())) {
                counts.closed.incrementAndGet();
                return;
            }
            try {
                response = client.send(build(r), HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception again) {
                counts.closed.incrementAndGet();
                report.fail("NO-RESPONSE", 0, r, "NO RESPONSE (" + again + ") to " + r.describe());
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        check(r, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                counts, report);
    }

    private HttpRequest build(HostileRequest r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + r.uri()))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, text/csv");
        if (!r.anonymous() && token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (r.body() != null) {
            if (r.contentType() != null) {
                b.header("Content-Type", r.contentType());
            }
            b.method(r.method(), HttpRequest.BodyPublishers.ofByteArray(r.body()));
        } else {
            b.method(r.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    /** Checks one answer; public so focused tests can check a single response the same way. */
    public static void check(HostileRequest r, int status, String contentType, byte[] body, Counts counts, Report report) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        String excerpt = text.length() > 500 ? text.substring(0, 500) + "…" : text;
        if (status >= 500) {
            counts.server5xx.incrementAndGet();
            report.fail("5xx", status, r, "5xx " + status + " " + excerpt + "\n    for " + r.describe());
            return;
        }
        if (status >= 200 && status < 300) {
            counts.ok2xx.incrementAndGet();
            if (r.category().startsWith("invalid-utf8")) {
                report.tolerated.add(status + " for " + r.describe());
            }
            if (r.mustReject()) {
                counts.acceptedDefective.incrementAndGet();
                report.acceptedDefective.add(status + " for " + r.describe());
            }
            return;
        }
        if (status >= 400) {
            counts.client4xx.incrementAndGet();
            if ("huge-uri".equals(r.category()) && (status == 414 || status == 431)) {
                // Netty/Vert.x answer an over-long request line before any application code runs
                counts.codecLimit.incrementAndGet();
                return;
            }
            String problem = problemDefect(status, contentType, text);
            if (problem != null) {
                counts.nonProblem.incrementAndGet();
                report.fail("NON-PROBLEM", status, r, "NON-PROBLEM " + status + " (" + problem + ") Content-Type=" + contentType
                        + " body=" + excerpt + "\n    for " + r.describe());
            }
        }
    }

    /** Why {@code text} is not an acceptable problem document, or null if it is one. */
    public static String problemDefect(int status, String contentType, String text) {
        if (!contentType.startsWith("application/problem+json")) {
            return "content type is not application/problem+json";
        }
        Map<String, Object> doc;
        try {
            doc = Json.object(Json.parse(text));
        } catch (RuntimeException e) {
            return "body is not JSON";
        }
        if (!(doc.get("status") instanceof Number n) || n.intValue() != status) {
            return "status member missing or different from " + status;
        }
        if (!(doc.get("title") instanceof String t) || t.isBlank()) {
            return "title member missing";
        }
        for (String marker : LEAK_MARKERS) {
            if (text.contains(marker)) {
                return "leaks '" + marker + "'";
            }
        }
        return null;
    }
}
