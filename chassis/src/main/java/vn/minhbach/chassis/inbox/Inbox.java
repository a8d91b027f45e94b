package vn.minhbach.chassis.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.function.Consumer;
import vn.minhbach.chassis.outbox.CloudEvent;

/**
 * Idempotent consumer. Records {@code (consumer, event id)} in {@code processed_event} in the same
 * transaction as the event's effect: a redelivered event finds its row and has no second effect, and
 * an effect that fails rolls the record back so the event is tried again.
 */
@ApplicationScoped
public class Inbox {

    private final AgroalDataSource dataSource;

    Inbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies {@code effect} unless this consumer has already processed the event.
     *
     * @return true when the effect ran, false for a duplicate
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean processOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        String sql = "insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing";
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(sql)) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record event " + event.id() + " for " + consumer, e);
        }
        effect.accept(event);
        return true;
    }
}
