package vn.minhbach.chassis.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes an event to the {@code outbox} table in the caller's transaction, so the state change and
 * the event announcing it commit together or not at all. {@link OutboxRelay} publishes it later.
 * Per aggregate, events are published in the order their transactions commit: {@link #publish} takes
 * a transaction-scoped lock on the aggregate itself (issue 21.7), so no caller has to remember to lock
 * the aggregate's row first. The event carries the current {@link TraceContext}.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final Event<Written> written;
    private final Instance<EntityManager> entityManager;

    Outbox(AgroalDataSource dataSource, ObjectMapper mapper, Event<Written> written,
            Instance<EntityManager> entityManager) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.written = written;
        this.entityManager = entityManager;
    }

    /** Fired in the writing transaction; the relay observes it after the commit succeeds. */
    public record Written(UUID eventId, String aggregateId) {
    }

    /**
     * Records an event. Must run inside the transaction that changes the aggregate.
     *
     * @param aggregateType e.g. {@code petition}
     * @param aggregateId   the aggregate's id; the Kafka key and the CloudEvents subject
     * @param eventType     e.g. {@code petition.received}
     * @param data          the payload, serialised as JSON; never identity data
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String aggregateType, String aggregateId, String eventType, Object data) {
        UUID id = UUID.randomUUID();
        // Flush the state change first: it takes the aggregate's row lock (or fails on a stale
        // version) before this event draws its seq.
        if (entityManager.isResolvable()) {
            entityManager.get().flush();
        }
        String trace = TraceContext.current();
        String lock = "select pg_advisory_xact_lock(hashtextextended(?, 0))";
        String sql = "insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, created_at, traceparent)"
                + " values (?, ?, ?, ?, ?::jsonb, ?, ?)";
        try (var connection = dataSource.getConnection(); var locking = connection.prepareStatement(lock);
                var insert = connection.prepareStatement(sql)) {
            // The aggregate's own lock, held to the commit, whoever the caller is (a scheduled job that
            // changed no row of the aggregate, too): two transactions writing events of one aggregate
            // draw their seqs in the order they commit, so the relay's seq order is the aggregate's order.
            locking.setString(1, aggregateType + ":" + aggregateId);
            locking.execute();
            insert.setObject(1, id);
            insert.setString(2, aggregateType);
            insert.setString(3, aggregateId);
            insert.setString(4, eventType);
            insert.setString(5, mapper.writeValueAsString(data));
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(7, trace == null ? null : TraceContext.child(trace));
            insert.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write event " + eventType + " to the outbox", e);
        }
        written.fire(new Written(id, aggregateId));
        return id;
    }
}
