package vn.minhbach.chassis.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The relay's work, free of CDI so several independent instances can run side by side (tests do).
 * One {@link #relayBatch()} round, in one database transaction:
 * <ol>
 * <li>lock up to {@code batchSize} due unsent rows in {@code seq} order with {@code FOR UPDATE SKIP LOCKED},
 * so concurrent relays (other threads, other pods) take disjoint rows;</li>
 * <li>drop every row whose aggregate has an earlier unsent row outside this batch (locked by another
 * relay, or waiting for its backoff): publishing it now would overtake that row;</li>
 * <li>publish round by round, the n-th remaining row of every aggregate in round n, waiting for the
 * broker's acknowledgement (acks=all) before the next row of the same aggregate is sent;</li>
 * <li>mark acknowledged rows sent; for a failed row increase {@code attempts}, set
 * {@code next_attempt_at} with capped exponential backoff and keep a short {@code last_error}; the
 * aggregate's later rows stay unsent and untouched, so order is kept.</li>
 * </ol>
 * Delivery is at least once (a crash between the acknowledgement and the commit republishes a row);
 * consumers are idempotent through the inbox.
 */
public class OutboxPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    private static final int MAX_ERROR_LENGTH = 300;

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final ObjectMapper mapper;
    private final String topic;
    private final String source;
    private final int batchSize;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    public OutboxPublisher(DataSource dataSource, Producer<String, String> producer, ObjectMapper mapper,
            String topic, String source, int batchSize, Duration initialBackoff, Duration maxBackoff) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.mapper = mapper;
        this.topic = topic;
        this.source = source;
        this.batchSize = batchSize;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** A producer that fails fast while the broker is down and never duplicates or reorders on retry. */
    public static KafkaProducer<String, String> createProducer(String bootstrapServers, Duration deliveryTimeout,
            String clientId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        long delivery = Math.max(2000, deliveryTimeout.toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(delivery));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(delivery, 30000)));
        // Metadata for an unreachable cluster: give up within the delivery bound instead of 60 s.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(delivery));
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    /** Outcome of one round. */
    public record Round(int locked, int published, int failed, int deferred) {
        /** True when the round was full, so more rows are probably waiting. */
        public boolean more(int batchSize) {
            return locked >= batchSize;
        }
    }

    record Row(long seq, UUID id, String aggregateType, String aggregateId, String eventType, String payload,
            OffsetDateTime createdAt, int attempts, String traceparent) {
    }

    public int batchSize() {
        return batchSize;
    }

    /** One round: lock, publish in order per aggregate, record the outcome, commit. */
    public Round relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Round round = relay(connection);
                connection.commit();
                return round;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private Round relay(Connection connection) throws SQLException {
        List<Row> batch = lockDueRows(connection);
        if (batch.isEmpty()) {
            return new Round(0, 0, 0, 0);
        }
        Map<String, Long> blockedFrom = earliestUnsentOutsideBatch(connection, batch);

        // Per aggregate, the rows that may go now, in seq order.
        Map<String, List<Row>> queues = new LinkedHashMap<>();
        int deferred = 0;
        for (Row row : batch) {
            Long blocker = blockedFrom.get(row.aggregateId());
            if (blocker != null && blocker < row.seq()) {
                deferred++;
                continue;
            }
            queues.computeIfAbsent(row.aggregateId(), k -> new ArrayList<>()).add(row);
        }

        List<Long> sent = new ArrayList<>();
        Map<Row, String> failures = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            Map<Row, Future<RecordMetadata>> inFlight = new LinkedHashMap<>();
            for (var entry : queues.entrySet()) {
                int next = position.getOrDefault(entry.getKey(), 0);
                if (next < entry.getValue().size()) {
                    Row row = entry.getValue().get(next);
                    Future<RecordMetadata> future;
                    try {
                        future = producer.send(toRecord(row));
                    } catch (RuntimeException e) {
                        future = java.util.concurrent.CompletableFuture.failedFuture(e);
                    }
                    inFlight.put(row, future);
                    if (future.isDone() && failed(future)) {
                        // Failed before reaching the broker (no metadata within max.block.ms: the
                        // broker is down, or the record is refused outright): sending the other
                        // aggregates now would only block again, one max.block.ms each.
                        break;
                    }
                }
            }
            for (var entry : inFlight.entrySet()) {
                Row row = entry.getKey();
                try {
                    entry.getValue().get();
                    sent.add(row.seq());
                    position.merge(row.aggregateId(), 1, Integer::sum);
                    progress = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.put(row, "interrupted");
                    queues.remove(row.aggregateId());
                } catch (ExecutionException | RuntimeException e) {
                    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                    failures.put(row, describe(cause));
                    // The aggregate's later rows wait for this one.
                    queues.remove(row.aggregateId());
                }
            }
            if (!failures.isEmpty()) {
                // Stop this round at the first failure; untouched rows are simply taken again later.
                break;
            }
        }

        markSent(connection, sent);
        for (var failure : failures.entrySet()) {
            markFailed(connection, failure.getKey(), failure.getValue());
        }
        if (!failures.isEmpty()) {
            LOG.warnf("Outbox relay: %d event(s) could not be published to %s, first error: %s",
                    failures.size(), topic, failures.values().iterator().next());
        }
        return new Round(batch.size(), sent.size(), failures.size(), deferred);
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private List<Row> lockDueRows(Connection connection) throws SQLException {
        String sql = "select seq, id, aggregate_type, aggregate_id, event_type, payload::text, created_at, attempts, traceparent"
                + " from outbox where sent_at is null and (next_attempt_at is null or next_attempt_at <= now())"
                + " order by seq limit ? for update skip locked";
        List<Row> rows = new ArrayList<>();
        try (var select = connection.prepareStatement(sql)) {
            select.setInt(1, batchSize);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getInt(8), rs.getString(9)));
                }
            }
        }
        return rows;
    }

    /**
     * For each aggregate of the batch, the lowest seq of an unsent row this relay did not lock: a row
     * another relay holds, or one waiting for its backoff. Rows of the batch above it must wait.
     */
    private Map<String, Long> earliestUnsentOutsideBatch(Connection connection, List<Row> batch) throws SQLException {
        String sql = "select aggregate_id, min(seq) from outbox"
                + " where sent_at is null and aggregate_id = any(?) and not (seq = any(?)) group by aggregate_id";
        Map<String, Long> result = new HashMap<>();
        Array aggregates = connection.createArrayOf("varchar",
                batch.stream().map(Row::aggregateId).distinct().toArray());
        Array seqs = connection.createArrayOf("bigint", batch.stream().map(Row::seq).toArray());
        try (var select = connection.prepareStatement(sql)) {
            select.setArray(1, aggregates);
            select.setArray(2, seqs);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return result;
    }

    private ProducerRecord<String, String> toRecord(Row row) {
        String value;
        try {
            CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, row.id().toString(), source, row.eventType(),
                    row.aggregateId(), row.createdAt(), CloudEvent.CONTENT_TYPE, mapper.readTree(row.payload()),
                    row.traceparent());
            value = mapper.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + row.seq() + " holds invalid JSON", e);
        }
        var record = new ProducerRecord<String, String>(topic, row.aggregateId(), value);
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (var update = connection.prepareStatement(
                "update outbox set sent_at = clock_timestamp(), last_error = null where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private void markFailed(Connection connection, Row row, String error) throws SQLException {
        Duration backoff = backoff(row.attempts() + 1);
        try (var update = connection.prepareStatement("update outbox set attempts = attempts + 1,"
                + " next_attempt_at = clock_timestamp() + ? * interval '1 millisecond', last_error = ? where seq = ?")) {
            update.setLong(1, backoff.toMillis());
            update.setString(2, error);
            update.setLong(3, row.seq());
            update.executeUpdate();
        }
    }

    /** initial × 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        int exponent = Math.min(Math.max(attempts - 1, 0), 20);
        Duration d = initialBackoff.multipliedBy(1L << exponent);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
