package vn.minhbach.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the local stack ({@code deploy/local/up}) runs before the first end-to-end test class,
 * once per test run. If {@code deploy/local/status} says it already runs healthy, it is used as it
 * is and left running; otherwise this extension starts it and stops it ({@code deploy/local/down})
 * when the whole run ends, so a developer's own stack is never torn down by the tests.
 */
public final class LocalStack implements BeforeAllCallback {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store lives for the whole run: its AutoCloseable values are closed at the end.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(LocalStack.class, key -> Started.ensure(), Started.class);
    }

    /** What this run did to the stack, and the undo of it. */
    static final class Started implements AutoCloseable {
        private final boolean startedByUs;

        private Started(boolean startedByUs) {
            this.startedByUs = startedByUs;
        }

        static Started ensure() {
            int status = run(List.of("deploy/local/status"), Duration.ofMinutes(1), "local-stack-status.log");
            if (status == 0) {
                System.out.println("[e2e] using the local stack that is already running");
                return new Started(false);
            }
            System.out.println("[e2e] starting the local stack with deploy/local/up (log: e2e/target/local-stack-up.log)");
            int up = run(List.of("deploy/local/up", "--quiet"), UP_TIMEOUT, "local-stack-up.log");
            if (up != 0) {
                // Stop whatever came up before the failure: nothing may be left behind.
                run(List.of("deploy/local/down"), DOWN_TIMEOUT, "local-stack-down.log");
                throw new IllegalStateException("deploy/local/up failed (exit " + up + "); see "
                        + logFile("local-stack-up.log") + "\n" + tail(logFile("local-stack-up.log"), 40));
            }
            return new Started(true);
        }

        @Override
        public void close() {
            if (startedByUs) {
                System.out.println("[e2e] stopping the local stack this run started (deploy/local/down)");
                int down = run(List.of("deploy/local/down"), DOWN_TIMEOUT, "local-stack-down.log");
                if (down != 0) {
                    throw new IllegalStateException("deploy/local/down failed (exit " + down + "); see "
                            + logFile("local-stack-down.log"));
                }
            }
        }
    }

    static Path repoDir() {
        return Path.of(System.getProperty("minhbach.repo.dir", "..")).toAbsolutePath().normalize();
    }

    private static Path logFile(String name) {
        return repoDir().resolve("e2e/target").resolve(name);
    }

    private static int run(List<String> command, Duration timeout, String logName) {
        Path log = logFile(logName);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(repoDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException(command + " did not finish within " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + " in " + repoDir(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "";
        }
    }
}
