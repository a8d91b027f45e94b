package vn.minhbach.scenario;

import java.nio.file.Path;

/**
 * {@code deploy/local/load-scenario <scenario.json>…}: loads each scenario into the running stack
 * through the gateway. Environment: MINHBACH_GATEWAY_URL, OIDC_URL, SCENARIO_PASSWORD,
 * SCENARIO_CONCURRENCY (docs/scenario.md).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: load-scenario <scenario.json> [more.json …]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Loader loader = new Loader(Loader.Options.fromEnvironment(), System.out);
        for (String file : args) {
            Scenario scenario;
            try {
                scenario = Scenario.read(Path.of(file));
            } catch (IllegalArgumentException | java.io.IOException e) {
                System.err.println(file + ": " + e.getMessage());
                System.exit(2);
                return;
            }
            try {
                loader.load(scenario);
            } catch (RuntimeException e) {
                System.err.println("Nạp kịch bản thất bại: " + e.getMessage());
                System.exit(1);
            }
        }
        long s = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Tổng thời gian: %d phút %d giây.%n", s / 60, s % 60);
    }
}
