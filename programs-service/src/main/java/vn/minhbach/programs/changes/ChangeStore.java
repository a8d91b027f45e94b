package vn.minhbach.programs.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.minhbach.chassis.outbox.CloudEvent;

/**
 * The append-only store of the change feed ({@code change_event}, Flyway V40): every event of the
 * three topics once, stripped of identity fields, with its unit and (for petitions another system
 * submitted) that client's reference as columns to filter by. {@code seq} is the feed's position.
 */
@ApplicationScoped
public class ChangeStore {

    /** One appended event: its position and what subscriptions are matched by. */
    public record Appended(long seq, String type, String unitPath, String client) {
    }

    /** A page of the feed: the events (as stored CloudEvents) and the position after them. */
    public record Slice(List<JsonNode> items, long next) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /**
     * Appends {@code event} unless its id is already stored. Writers take one advisory lock until
     * commit, so positions commit in the order they are given: a reader that saw position n never
     * later finds an event below n appear (nothing is skipped by a cursor).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Appended> append(String topic, CloudEvent event) {
        JsonNode data = event.data();
        String unit = ChangeEvents.unitOf(data);
        String client = ChangeEvents.intakeClientOf(data);
        if (client != null && event.subject() != null) {
            em.createNativeQuery("insert into change_aggregate_client (aggregate_id, client) values (?1, ?2)"
                    + " on conflict do nothing").setParameter(1, event.subject()).setParameter(2, client).executeUpdate();
        } else if (event.subject() != null) {
            @SuppressWarnings("unchecked")
            List<String> known = em.createNativeQuery("select client from change_aggregate_client where aggregate_id = ?1")
                    .setParameter(1, event.subject()).getResultList();
            client = known.isEmpty() ? null : known.get(0);
        }
        ObjectNode stored = mapper.valueToTree(new CloudEvent(event.specversion(), event.id(), event.source(),
                event.type(), event.subject(), event.time(), event.datacontenttype(), ChangeEvents.strip(data)));
        em.createNativeQuery("select pg_advisory_xact_lock(7419190002)").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Number> seq = em.createNativeQuery("insert into change_event (event_id, topic, type, subject, unit_path,"
                + " intake_client, event) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb))"
                + " on conflict (event_id) do nothing returning seq")
                .setParameter(1, event.id()).setParameter(2, topic).setParameter(3, event.type())
                .setParameter(4, event.subject()).setParameter(5, unit).setParameter(6, client)
                .setParameter(7, stored.toString()).getResultList();
        return seq.isEmpty() ? Optional.empty()
                : Optional.of(new Appended(seq.get(0).longValue(), event.type(), unit, client));
    }

    /** Up to {@code limit} events after {@code after} that {@code scope} may see, of {@code types} (all if empty). */
    @Transactional
    public Slice after(FeedScope scope, long after, int limit, Set<String> types) {
        StringBuilder sql = new StringBuilder("select seq, cast(event as text) from change_event where seq > ?1");
        List<Object> params = new ArrayList<>();
        params.add(after);
        if (scope.isClient()) {
            sql.append(" and intake_client = ?2");
            params.add(scope.client());
        } else {
            sql.append(" and (unit_path = ?2 or unit_path like ?3)");
            params.add(scope.unitRoot());
            params.add(scope.unitRoot() + ".%");
        }
        if (!types.isEmpty()) {
            sql.append(" and type in (");
            int i = 0;
            for (String type : types) {
                sql.append(i++ == 0 ? "" : ", ").append('?').append(params.size() + 1);
                params.add(type);
            }
            sql.append(')');
        }
        sql.append(" order by seq limit ").append(limit);
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<JsonNode> items = new ArrayList<>(rows.size());
        long next = after;
        for (Object[] row : rows) {
            next = ((Number) row[0]).longValue();
            try {
                items.add(mapper.readTree((String) row[1]));
            } catch (Exception e) {
                throw new IllegalStateException("change_event " + next + " is not JSON", e);
            }
        }
        return new Slice(items, next);
    }

    /** The highest position retention has deleted (0 when none): a cursor below it has missed events. */
    @Transactional
    public long deletedThrough() {
        return ((Number) em.createNativeQuery("select deleted_through from change_feed_horizon").getSingleResult())
                .longValue();
    }

    /** The stored (stripped) CloudEvent at {@code seq}, as JSON text. */
    @Transactional
    public String eventJson(long seq) {
        return (String) em.createNativeQuery("select cast(event as text) from change_event where seq = ?1")
                .setParameter(1, seq).getSingleResult();
    }
}
