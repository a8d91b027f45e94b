package vn.minhbach.chassis.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Append-only record of every state change: who, when, what. Entries are inserted in the caller's
 * transaction; {@link AuditSealer} later chains them by hash so an edited or deleted entry is detected
 * by {@link AuditSealer#verify()}.
 */
@ApplicationScoped
public class AuditLog {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    AuditLog(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /**
     * @param actor      the user name, or {@code system} for consumers and schedulers
     * @param action     e.g. {@code petition.accepted}
     * @param unitPath   the unit the entity belongs to, so auditors can be scoped
     * @param details    what changed; never identity data in clear
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, String unitPath,
            Map<String, ?> details) {
        String sql = "insert into audit_log (at, actor, action, entity_type, entity_id, unit_path, details)"
                + " values (?, ?, ?, ?, ?, ?, ?::jsonb)";
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(sql)) {
            insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, entityType);
            insert.setString(5, entityId);
            insert.setString(6, unitPath);
            insert.setString(7, mapper.writeValueAsString(details == null ? Map.of() : details));
            insert.executeUpdate();
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit entry for " + action, e);
        }
    }
}
