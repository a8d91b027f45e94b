package vn.minhbach.programs.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumer lag of the report's consumer group on a source topic: records published but not yet
 * read. Null when the broker cannot answer quickly; the report then still shows the as-of time.
 */
@ApplicationScoped
public class SourceLag {

    public static final String GROUP = "programs-service-report";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Admin admin;

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            admin = Admin.create(props);
        }
        return admin;
    }

    /**
     * The lag of each topic, in two round trips to the broker for all of them (the group's committed
     * offsets and the topics' partitions asked together, then the partitions' end offsets): the
     * period report shows every source's lag and should not wait for six. A topic the broker does
     * not answer for in time maps to null.
     */
    public Map<String, Long> lags(List<String> topics) {
        Map<String, Long> result = new HashMap<>();
        topics.forEach(t -> result.put(t, null));
        try {
            var committedFuture = admin().listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata();
            var described = admin().describeTopics(topics).topicNameValues();
            Map<TopicPartition, OffsetAndMetadata> committed = committedFuture.get(3, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (var topic : described.entrySet()) {
                try {
                    topic.getValue().get(3, TimeUnit.SECONDS).partitions().forEach(p ->
                            latest.put(new TopicPartition(topic.getKey(), p.partition()), OffsetSpec.latest()));
                } catch (Exception e) {
                    // This topic stays null; the others are still answered.
                }
            }
            var ends = admin().listOffsets(latest).all().get(3, TimeUnit.SECONDS);
            Map<String, Long> lags = new HashMap<>();
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lags.merge(e.getKey().topic(), e.getValue().offset() - (c == null ? 0 : c.offset()), Long::sum);
            }
            lags.forEach((topic, lag) -> result.put(topic, Math.max(lag, 0)));
        } catch (Exception e) {
            // The broker did not answer in time: the report still shows the as-of time.
        }
        return result;
    }

    public Long lag(String topic) {
        return lags(List.of(topic)).get(topic);
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
