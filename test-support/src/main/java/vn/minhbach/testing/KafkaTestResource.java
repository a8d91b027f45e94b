package vn.minhbach.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.jboss.logging.Logger;

/**
 * A real single-node KRaft Kafka broker inside the test JVM, so Quarkus tests exercise the real
 * client and broker without Docker. This is the only place that touches Kafka's internal test kit:
 * if its API moves between Kafka versions, only this class changes.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Quarkus may load this class again in another class loader (a {@code @TestProfile} restarts the
     * application), so the running broker's address is kept in a JVM-wide system property: one
     * broker per test JVM whatever the class loader.
     */
    private static final String BOOTSTRAP_PROPERTY = "minhbach.test.kafka.bootstrap-servers";

    private static final Logger LOG = Logger.getLogger(KafkaTestResource.class);

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        synchronized (System.class) {
            String running = System.getProperty(BOOTSTRAP_PROPERTY);
            if (running != null) {
                return Map.of("kafka.bootstrap.servers", running);
            }
            startBroker();
            System.setProperty(BOOTSTRAP_PROPERTY, cluster.bootstrapServers());
            return Map.of("kafka.bootstrap.servers", cluster.bootstrapServers());
        }
    }

    private static void startBroker() {
        // The broker lives in the test JVM, which it must never end. Kafka's fault handlers call
        // Exit.halt(1) on a fatal error, also while the broker closes in the JVM's shutdown hook:
        // once in CI that turned a module whose tests had all passed into a failed fork (non-zero
        // exit after the last test). A test still fails on what it observes of a broken broker.
        Exit.setExitProcedure((status, message) -> LOG.errorf("in-JVM Kafka broker asked to exit(%d): %s", status, message));
        Exit.setHaltProcedure((status, message) -> LOG.errorf("in-JVM Kafka broker asked to halt(%d): %s", status, message));
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::shutdown));
    }

    /** The broker address, for tests that produce or consume directly. */
    public static String bootstrapServers() {
        return System.getProperty(BOOTSTRAP_PROPERTY);
    }

    /** Kept running across test classes of one JVM: starting a broker costs seconds. */
    @Override
    public void stop() {
    }

    private static synchronized void shutdown() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Throwable ignored) {
                // the JVM is exiting; nothing to recover
            }
            cluster = null;
        }
    }
}
