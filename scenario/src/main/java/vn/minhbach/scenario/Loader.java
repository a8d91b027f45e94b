package vn.minhbach.scenario;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Creates a scenario's records through the gateway's public API, as the officials' clients would:
 * programs first (documents the work refers to), then party organisations, members and teams,
 * then petitions with their transitions, then the reception visits that handed them in.
 */
public final class Loader {

    public record Options(String gatewayUrl, String realmUrl, String clientId, int concurrency, String password) {
        public static Options fromEnvironment() {
            return new Options(env("MINHBACH_GATEWAY_URL", "http://127.0.0.1:8080"),
                    env("OIDC_URL", "http://127.0.0.1:8180/realms/minhbach"),
                    env("SCENARIO_CLIENT_ID", "minhbach-cli"),
                    Integer.parseInt(env("SCENARIO_CONCURRENCY", "8")),
                    System.getenv("SCENARIO_PASSWORD"));
        }

        private static String env(String name, String def) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? def : v;
        }
    }

    public record Result(Plan plan, Figures figures, Duration wallTime, long requests, long retries,
                         Map<String, String> ids) {}

    private final Options options;
    private final PrintStream out;

    public Loader(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Result load(Scenario scenario) {
        Plan plan = new Generator().generate(scenario);
        Figures figures = Figures.of(plan);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
        Tokens tokens = new Tokens(http, options.realmUrl(), options.clientId());
        Scenario.Officials o = scenario.officials();
        String password = o.password() != null ? o.password() : options.password() != null ? options.password() : "minhbach-demo";
        List<String> officials = java.util.stream.Stream.of(o.reception(), o.handler(), o.inspector(), o.program(),
                o.leader()).filter(java.util.Objects::nonNull).distinct().toList();
        officials.forEach(user -> tokens.password(user, password));
        Api api = new Api(http, options.gatewayUrl(), tokens);
        Map<String, String> ids = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        try (Progress progress = new Progress(out, api, 3000)) {
            progress.phase("Kịch bản: " + scenario.name() + " · đơn vị " + scenario.unit() + " · kỳ " + scenario.from()
                    + " – " + scenario.to() + " · qua " + options.gatewayUrl());
            // log in every official up front: a wrong password fails in a second, not after a minute
            officials.forEach(tokens::token);
            progress.expect("petitions", plan.petitions().size());
            progress.expect("transitions", plan.petitions().stream().mapToInt(p -> p.steps().size()).sum());
            progress.expect("visits", plan.visits().size());
            progress.expect("organisations", plan.organisations().size());
            progress.expect("members", plan.members().size() + plan.staff().size());
            progress.expect("teams", plan.teams().size());

            if (scenario.program() != null) {
                progress.phase("Chương trình, văn bản, nhiệm vụ, hội nghị");
                new ProgramsCalls(api, scenario, ids, progress).load();
            }
            InspectionsCalls inspections = new InspectionsCalls(api, scenario, ids);
            PetitionsCalls petitions = new PetitionsCalls(api, scenario, ids);
            progress.phase("Tổ chức đảng, đảng viên");
            // parents before the cells beneath them
            parallel(pool, plan.organisations().stream().filter(x -> x.parentKey() == null).toList(),
                    org -> { inspections.organisation(org); progress.done("organisations"); });
            parallel(pool, plan.organisations().stream().filter(x -> x.parentKey() != null).toList(),
                    org -> { inspections.organisation(org); progress.done("organisations"); });
            List<Plan.Member> everyone = new ArrayList<>(plan.members());
            everyone.addAll(plan.staff());
            parallel(pool, everyone, m -> { inspections.member(m); progress.done("members"); });
            progress.phase("Đoàn kiểm tra, giám sát; đơn thư và các bước giải quyết");
            List<Runnable> work = new ArrayList<>();
            for (Plan.Team t : plan.teams()) work.add(() -> { inspections.team(t); progress.done("teams"); });
            for (Plan.Petition p : plan.petitions()) {
                work.add(() -> { petitions.petition(p, () -> progress.done("transitions")); progress.done("petitions"); });
            }
            parallel(pool, work, r -> r.run());
            progress.phase("Lượt tiếp công dân");
            parallel(pool, plan.visits(), v -> { petitions.visit(v); progress.done("visits"); });
            if (scenario.reception() != null && scenario.reception().corruptionSignsFlagged() > 0) {
                progress.phase("Đơn có dấu hiệu tham nhũng, tiêu cực");
                parallel(pool, plan.petitions().stream().filter(p -> p.flaggedDate() != null).toList(), petitions::flag);
            }
            progress.print();
            Duration wall = progress.elapsedTime();
            out.printf("Đã nạp kịch bản %s trong %d phút %d giây (%d yêu cầu, %d lần thử lại).%n", scenario.unit(),
                    wall.toMinutes(), wall.toSecondsPart(), api.requests.get(), api.retries.get());
            out.printf("Số liệu phải có trong báo cáo %s, %s – %s: %d lượt người tiếp công dân, %d đơn, %d giải quyết xong,"
                            + " %d đang giải quyết; đoàn: %s%n", scenario.unit(), scenario.from(), scenario.to(),
                    figures.personVisits(), figures.petitionsReceived(), figures.settled(), figures.inProgress(),
                    figures.teamGroups());
            return new Result(plan, figures, wall, api.requests.get(), api.retries.get(), Map.copyOf(ids));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the action on every item with the pool's concurrency; the first failure stops the load. */
    static <T> void parallel(ExecutorService pool, List<T> items, Consumer<T> action) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                if (failure.get() != null) return;
                try {
                    action.accept(item);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                failure.compareAndSet(null, new IllegalStateException(e.getCause()));
            }
        }
        if (failure.get() != null) throw failure.get();
    }
}
