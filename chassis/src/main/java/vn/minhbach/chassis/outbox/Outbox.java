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
        // version) before this event draws its seq, so two transactions on one aggregate can never
        // commit their events in an order other than their seq order.
        if (entityManager.isResolvable()) {
            entityManager.get().flush();
        }
        String sql = "insert into outbox (id, aggregate_type, aggregate_id, event_type, payload, created_at)"
                + " values (?, ?, ?, ?, ?::jsonb, ?)";
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setString(2, aggregateType);
            insert.setString(3, aggregateId);
            insert.setString(4, eventType);
            insert.setString(5, mapper.writeValueAsString(data));
            insert.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write event " + eventType + " to the outbox", e);
        }
        written.fire(new Written(id, aggregateId));
        return id;
    }
}
