package vn.minhbach.testing.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.minhbach.testing.TestTokens;
import vn.minhbach.testing.hostile.OpenApiOperations.Operation;

/**
 * The whole hostile-input run against one service: read its OpenAPI document, generate the corpus of
 * every operation, send the must-reject part while the database must stay unchanged, then the lenient
 * part; fail with the exact offending requests.
 */
public final class HostileSuite {

    /** Every role of the project, so authorisation never hides a validation defect. */
    public static final String[] ALL_ROLES = {"citizen", "reception-officer", "petition-handler", "identity-custodian",
            "inspector", "program-officer", "unit-reporter", "leader", "auditor", "admin", "petition-intake",
            "statistics-reader"};

    private HostileSuite() {
    }

    /** Settings of one run. {@code jdbcUrl} null skips the database check (the gateway has none). */
    public record Settings(URI base, String tokenUnit, HostileCorpus.Options options, String jdbcUrl, String dbUser,
            String dbPassword, Predicate<Operation> include, int concurrency, String openApiPath) {

        public Settings(URI base, String tokenUnit, HostileCorpus.Options options, String jdbcUrl, String dbUser,
                String dbPassword, Predicate<Operation> include, int concurrency) {
            this(base, tokenUnit, options, jdbcUrl, dbUser, dbPassword, include, concurrency, "/q/openapi?format=json");
        }

        /**
         * What every service's own test uses: a token of unit 01.021, the sample records in
         * {@code sampleUnit}, the service's own database (from its test configuration) checked for
         * changes, the {@code /api/} operations, four requests at a time.
         */
        public static Settings forService(URI base, String sampleUnit) {
            var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
            return new Settings(base, "01.021", HostileCorpus.Options.defaults(sampleUnit),
                    config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""),
                    op -> op.path().startsWith("/api/"), 4);
        }
    }

    public static List<Operation> operations(URI base, Predicate<Operation> include) {
        return operations(base, "/q/openapi?format=json", include);
    }

    public static List<Operation> operations(URI base, String openApiPath, Predicate<Operation> include) {
        try {
            HttpClient client = HttpClient.newHttpClient();
            String url = base.toString().replaceAll("/$", "") + openApiPath;
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET /q/openapi answered " + r.statusCode());
            }
            return OpenApiOperations.parse(r.body()).stream().filter(include).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs everything and answers the report; throws {@link AssertionError} listing what went wrong. */
    public static HostileRunner.Report run(Settings s) {
        long started = System.currentTimeMillis();
        List<Operation> ops = operations(s.base(), s.openApiPath(), s.include());
        if (ops.isEmpty()) {
            throw new AssertionError("the OpenAPI document lists no operation to test");
        }
        List<HostileRequest> rejected = new ArrayList<>();
        List<HostileRequest> lenient = new ArrayList<>();
        for (Operation op : ops) {
            HostileCorpus.Corpus c = HostileCorpus.generate(op, s.options());
            rejected.addAll(c.rejected());
            lenient.addAll(c.lenient());
        }
        // interleave operations so no single endpoint is hammered in a burst
        java.util.Collections.shuffle(rejected, new java.util.Random(s.options().seed()));
        String token = TestTokens.token("hostile-tester", s.tokenUnit(), ALL_ROLES);
        HostileRunner runner = new HostileRunner(s.base(), token, s.concurrency());
        HostileRunner.Report report = new HostileRunner.Report();

        Map<String, String> before = s.jdbcUrl() == null ? Map.of()
                : DatabaseSnapshot.settled(s.jdbcUrl(), s.dbUser(), s.dbPassword());
        runner.run(rejected, report);
        List<String> changed = s.jdbcUrl() == null ? List.of()
                : DatabaseSnapshot.diff(before, DatabaseSnapshot.settled(s.jdbcUrl(), s.dbUser(), s.dbPassword()));
        long rejectDone = System.currentTimeMillis();
        runner.run(lenient, report);

        StringBuilder summary = new StringBuilder();
        summary.append(String.format("Hostile input against %s: %d operations, %d must-reject + %d lenient requests, "
                        + "%.1f s (must-reject part %.1f s)%n", s.base(), ops.size(), rejected.size(), lenient.size(),
                (System.currentTimeMillis() - started) / 1000.0, (rejectDone - started) / 1000.0));
        summary.append(report.table());
        if (!report.acceptedDefective.isEmpty()) {
            summary.append("Defective requests that were accepted (2xx), first 15:\n");
            report.acceptedDefective.stream().limit(15).forEach(a -> summary.append("  ").append(a).append('\n'));
        }
        if (!report.tolerated.isEmpty()) {
            summary.append("Bodies with invalid UTF-8 that were accepted (must-reject since the chassis reads strict UTF-8): ")
                    .append(report.tolerated.size()).append(", e.g.\n  ")
                    .append(report.tolerated.get(0)).append('\n');
        }
        System.out.println(summary);

        List<String> problems = new ArrayList<>();
        if (!report.failures.isEmpty()) {
            problems.add(report.failures.size() + " answers were 5xx, not problem documents or leaked internals, by group:\n"
                    + report.failureSample(40));
        }
        if (!changed.isEmpty()) {
            problems.add("rejected requests changed the database: " + changed
                    + "\n  defective requests accepted (first 15): "
                    + String.join("\n  ", report.acceptedDefective.subList(0, Math.min(15, report.acceptedDefective.size()))));
        }
        for (Operation op : ops) {
            int sent = report.counts(op.key()).sent.get();
            if (sent < s.options().perOperation()) {
                problems.add(op.key() + " got only " + sent + " hostile requests");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n\n", problems) + "\n\n" + summary);
        }
        return report;
    }
}
