package vn.minhbach.chassis.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.scope.DatabaseScope;

/**
 * Chains the audit log. {@link AuditLog#record} inserts entries without any lock, so writers never
 * wait on each other; this sealer then takes the committed, unsealed entries in id order, gives each
 * the next {@code seq}, the active {@code key_id} and {@code hash = HMAC-SHA256(key, [prev_hash, seq,
 * at, actor, action, entity_type, entity_id, unit_path, details, key_id])}. The key comes from
 * configuration ({@link AuditConfig}), never from the database, so whoever can write the table (its
 * owner, a superuser) cannot recompute a hash after editing an entry. Only one sealer works at a time
 * across all instances ({@code pg_try_advisory_xact_lock}). {@link #verify()} recomputes the chain: an
 * edited entry no longer matches its hash, a deleted one leaves a gap in {@code seq} and a broken
 * {@code prev_hash}; the newest entries' deletion is caught against a published anchor
 * ({@link AuditAnchor}, {@link #verify(Long, String)}).
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    /** Advisory lock id of the sealer ("mbaudit" in ASCII). */
    static final long LOCK_KEY = 0x6d6261756469_74L;
    public static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 1000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditConfig config;

    private volatile Map<String, byte[]> keys;

    @Scheduled(every = "${minhbach.audit.seal-interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sealNow();
        } catch (RuntimeException e) {
            LOG.warnf("Audit sealing failed, will retry: %s", e.toString());
        }
    }

    /**
     * Seals every committed unsealed entry now (tests, and a service's admin action).
     *
     * @return entries sealed; 0 also when another instance holds the sealer lock
     */
    public int sealNow() {
        return DatabaseScope.asSystem(this::sealAll);
    }

    private int sealAll() {
        activeKey(); // no key, no sealing: fail loudly rather than chain without one
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += Math.max(sealed, 0);
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int n = sealBatch(c);
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the audit log", e);
        }
    }

    private int sealBatch(Connection c) throws SQLException {
        try (var lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (var rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        long seq = 0;
        String prev = GENESIS;
        try (var head = c.prepareStatement(
                "select seq, hash from audit_log where seq is not null order by seq desc limit 1");
             var rs = head.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
        }
        List<Entry> entries = new ArrayList<>();
        try (var select = c.prepareStatement("select id, at, actor, action, entity_type, entity_id, unit_path,"
                + " details::text from audit_log where seq is null order by id limit " + BATCH)) {
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        if (entries.isEmpty()) {
            return 0;
        }
        String keyId = config.activeKey();
        try (var update = c.prepareStatement(
                "update audit_log set seq = ?, prev_hash = ?, hash = ?, key_id = ? where id = ?")) {
            for (Entry e : entries) {
                seq++;
                String hash = hash(prev, seq, e, keyId);
                update.setLong(1, seq);
                update.setString(2, prev);
                update.setString(3, hash);
                update.setString(4, keyId);
                update.setLong(5, e.id());
                update.addBatch();
                prev = hash;
            }
            update.executeBatch();
        }
        LOG.debugf("Audit log sealed up to seq %d, head hash %s", seq, prev);
        return entries.size();
    }

    /** Walks the whole chain in seq order (every entry, whatever the caller's unit). */
    public AuditVerification verify() {
        return verify(null, null);
    }

    /**
     * Walks the whole chain; with an anchor (a head published earlier, {@link AuditAnchor}), also
     * checks that the entry {@code anchorSeq} still exists with {@code anchorHash}: deleting the newest
     * entries, or rebuilding the chain, is then detected too.
     */
    public AuditVerification verify(Long anchorSeq, String anchorHash) {
        return DatabaseScope.asSystem(() -> walk(anchorSeq, anchorHash));
    }

    private AuditVerification walk(Long anchorSeq, String anchorHash) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // lets the driver stream with a cursor
            try (var select = c.prepareStatement("select id, at, actor, action, entity_type, entity_id, unit_path,"
                    + " details::text, seq, prev_hash, hash, key_id from audit_log where seq is not null order by seq")) {
                select.setFetchSize(1000);
                long checked = 0;
                long expectedSeq = 1;
                long unkeyed = 0;
                boolean keyedSeen = false;
                boolean anchorFound = anchorSeq == null;
                String prev = GENESIS;
                String headKey = null;
                try (var rs = select.executeQuery()) {
                    while (rs.next()) {
                        Entry e = new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                        long seq = rs.getLong(9);
                        String storedPrev = rs.getString(10);
                        String storedHash = rs.getString(11);
                        String keyId = rs.getString(12);
                        checked++;
                        if (seq != expectedSeq) {
                            return broken(checked, expectedSeq, AuditVerification.Problem.DELETED,
                                    "entry " + expectedSeq + (seq > expectedSeq + 1 ? " to " + (seq - 1) : "")
                                            + " missing");
                        }
                        if (!prev.equals(storedPrev)) {
                            return broken(checked, seq, AuditVerification.Problem.DELETED,
                                    "prev_hash does not match the previous entry");
                        }
                        if (keyId == null) {
                            if (keyedSeen) {
                                return broken(checked, seq, AuditVerification.Problem.EDITED,
                                        "unkeyed entry after keyed entries");
                            }
                            if (unkeyed >= config.unkeyedAccepted()) {
                                return broken(checked, seq, AuditVerification.Problem.EDITED, "unkeyed entry beyond the "
                                        + config.unkeyedAccepted() + " sealed before the chain was keyed"
                                        + " (minhbach.audit.unkeyed-accepted)");
                            }
                            unkeyed++;
                        } else {
                            keyedSeen = true;
                            if (!keys().containsKey(keyId)) {
                                return broken(checked, seq, AuditVerification.Problem.UNKNOWN_KEY,
                                        "key " + keyId + " is not configured");
                            }
                        }
                        if (!MessageDigest.isEqual(hash(storedPrev, seq, e, keyId).getBytes(StandardCharsets.US_ASCII),
                                String.valueOf(storedHash).getBytes(StandardCharsets.US_ASCII))) {
                            return broken(checked, seq, AuditVerification.Problem.EDITED,
                                    "content does not match its hash");
                        }
                        if (anchorSeq != null && seq == anchorSeq) {
                            if (!storedHash.equals(anchorHash)) {
                                return broken(checked, seq, AuditVerification.Problem.ANCHOR_MISMATCH,
                                        "entry " + seq + " differs from the anchored head");
                            }
                            anchorFound = true;
                        }
                        prev = storedHash;
                        headKey = keyId;
                        expectedSeq++;
                    }
                }
                c.commit();
                long head = expectedSeq - 1;
                if (!anchorFound) {
                    return broken(checked, head + 1, AuditVerification.Problem.DELETED,
                            "the anchored entry " + anchorSeq + " no longer exists (newest entries deleted)");
                }
                return new AuditVerification(true, checked, null, null, null, head == 0 ? null : head,
                        head == 0 ? null : prev, headKey, unkeyed);
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not verify the audit log", e);
        }
    }

    private static AuditVerification broken(long checked, long seq, AuditVerification.Problem problem,
            String detail) {
        return new AuditVerification(false, checked, seq, problem, detail, null, null, null, 0);
    }

    record Entry(long id, OffsetDateTime at, String actor, String action, String entityType, String entityId,
            String unitPath, String details) {
    }

    /**
     * HMAC-SHA256 (RFC 2104) with key {@code keyId} over the fields and the key id as a JSON array,
     * which separates them unambiguously. {@code details} is PostgreSQL's canonical jsonb text;
     * {@code at} is the UTC instant in microseconds (the precision PostgreSQL keeps). An entry sealed
     * before keys existed ({@code keyId} null) has the plain SHA-256 of the same array without the key id.
     */
    String hash(String prev, long seq, Entry e, String keyId) {
        try {
            String at = e.at().withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
            List<Object> fields = new ArrayList<>(Arrays.asList(prev, seq, at, e.actor(), e.action(),
                    e.entityType(), e.entityId(), e.unitPath(), e.details()));
            if (keyId == null) {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(mapper.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            }
            fields.add(keyId);
            byte[] key = keys().get(keyId);
            if (key == null) {
                throw new IllegalStateException("audit key " + keyId + " is not configured");
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(mapper.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The configured keys, decoded; a key shorter than 32 bytes is refused. */
    Map<String, byte[]> keys() {
        Map<String, byte[]> k = keys;
        if (k == null) {
            k = new HashMap<>();
            for (var entry : config.keys().entrySet()) {
                if (entry.getValue() == null || entry.getValue().isBlank()) {
                    continue;
                }
                byte[] bytes = Base64.getDecoder().decode(entry.getValue().trim());
                if (bytes.length < 32) {
                    throw new IllegalStateException("audit key " + entry.getKey() + " is shorter than 32 bytes");
                }
                k.put(entry.getKey(), bytes);
            }
            keys = Map.copyOf(k);
        }
        return k;
    }

    private byte[] activeKey() {
        byte[] key = keys().get(config.activeKey());
        if (key == null) {
            throw new IllegalStateException("the active audit key " + config.activeKey()
                    + " is not configured (MINHBACH_AUDIT_KEYS_" + config.activeKey().toUpperCase() + ")");
        }
        return key;
    }
}
