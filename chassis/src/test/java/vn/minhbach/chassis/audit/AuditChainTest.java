package vn.minhbach.chassis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.testing.PostgresTestResource;

/** Hash-chained audit log: sealing, append-only, and detection of edited and deleted entries. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditLog audit;

    @Inject
    AuditSealer sealer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditAnchor anchor;

    /** As the database owner (a superuser here) who bypasses the append-only trigger would. */
    private void tamper(String sql, Object... args) throws SQLException {
        try (Connection c = PostgresTestResource.ownerConnection()) {
            c.setAutoCommit(false);
            try (var role = c.createStatement()) {
                role.execute("set local session_replication_role = replica");
            }
            try (var s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                s.executeUpdate();
            }
            c.commit();
        }
    }

    private long seqOf(String entityId) throws SQLException {
        try (var c = dataSource.getConnection();
             var s = c.prepareStatement("select seq from audit_log where entity_id = ?")) {
            s.setString(1, entityId);
            var rs = s.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void editedOrDeletedEntriesAreDetected() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            String id = run + "-" + i;
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> audit.record("an", "widget.renamed", "widget", id, "01.021",
                    Map.of("name", "v" + n, "note", "Sửa tên")));
        }
        // The scheduled sealer's first round (2 s after start) may seal some of them before this call:
        // what must hold is that every entry is sealed afterwards, whoever sealed it.
        sealer.sealNow();
        for (int i = 0; i < 6; i++) {
            String id = run + "-" + i;
            assertTrue(seqOf(id) > 0, () -> "entry " + id + " was not sealed");
        }
        AuditVerification ok = sealer.verify();
        assertTrue(ok.ok(), () -> "intact chain: " + ok);
        assertTrue(ok.entriesChecked() >= 6);
        assertNull(ok.firstBrokenSeq());

        // The database refuses changes, deletions and TRUNCATE: the service's role has no right to
        // them, and the owner is stopped by the triggers.
        long third = seqOf(run + "-2");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update audit_log set actor = 'mallory' where seq = " + third));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_log where seq = " + third));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_log"));
        }
        try (var c = PostgresTestResource.ownerConnection(); var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "update audit_log set actor = 'mallory' where seq = " + third));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_log where seq = " + third));
            SQLException truncate = assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_log"));
            assertTrue(truncate.getMessage().contains("TRUNCATE refused"), truncate::getMessage);
        }
        assertTrue(sealer.verify().ok());

        // A forger with the table but without the key: the plain SHA-256 of the edited row does not
        // pass, nor does marking the row as sealed before the chain was keyed.
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select id, at, actor, action, entity_type, entity_id, unit_path, details::text, prev_hash, key_id"
                        + " from audit_log where seq = ?")) {
            s.setLong(1, third);
            var rs = s.executeQuery();
            rs.next();
            assertEquals("a1", rs.getString(10), "sealed with the configured key id");
            var forged = new AuditSealer.Entry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class),
                    "mallory", rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
            String sha = sealer.hash(rs.getString(9), third, forged, null);
            tamper("update audit_log set actor = 'mallory', hash = ? where seq = ?", sha, third);
            assertEquals(AuditVerification.Problem.EDITED, sealer.verify().problem());
            tamper("update audit_log set key_id = null where seq = ?", third);
            AuditVerification unkeyed = sealer.verify();
            assertEquals(AuditVerification.Problem.EDITED, unkeyed.problem());
            assertEquals(third, unkeyed.firstBrokenSeq());
            tamper("update audit_log set actor = 'an', key_id = 'a1', hash = ? where seq = ?",
                    sealer.hash(rs.getString(9), third, new AuditSealer.Entry(forged.id(), forged.at(), "an",
                            forged.action(), forged.entityType(), forged.entityId(), forged.unitPath(),
                            forged.details()), "a1"), third);
            assertTrue(sealer.verify().ok(), "only the key recomputes a hash that verifies");
        }

        // Rewriting the chain from its first entry as "unkeyed" (plain SHA-256, computable without the key)
        // is refused: no entry may be unkeyed beyond those sealed before the chain was keyed (none here).
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select id, at, actor, action, entity_type, entity_id, unit_path, details::text, key_id, hash"
                        + " from audit_log where seq = 1")) {
            var rs = s.executeQuery();
            rs.next();
            var first = new AuditSealer.Entry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
            String keyId = rs.getString(9);
            String hash = rs.getString(10);
            tamper("update audit_log set key_id = null, hash = ? where seq = 1",
                    sealer.hash(AuditSealer.GENESIS, 1, first, null));
            AuditVerification rewritten = sealer.verify();
            assertEquals(AuditVerification.Problem.EDITED, rewritten.problem());
            assertEquals(1L, rewritten.firstBrokenSeq());
            tamper("update audit_log set key_id = ?, hash = ? where seq = 1", keyId, hash);
            assertTrue(sealer.verify().ok());
        }

        // Edited behind the trigger's back: the entry's hash no longer matches.
        tamper("update audit_log set details = '{\"name\":\"forged\",\"note\":\"Sửa tên\"}'::jsonb where seq = ?", third);
        AuditVerification edited = sealer.verify();
        assertFalse(edited.ok());
        assertEquals(AuditVerification.Problem.EDITED, edited.problem());
        assertEquals(third, edited.firstBrokenSeq());
        tamper("update audit_log set details = '{\"name\":\"v2\",\"note\":\"Sửa tên\"}'::jsonb where seq = ?", third);
        assertTrue(sealer.verify().ok(), "restoring the content restores the chain");

        tamper("update audit_log set actor = 'mallory' where seq = ?", third);
        assertEquals(AuditVerification.Problem.EDITED, sealer.verify().problem());
        tamper("update audit_log set actor = 'an' where seq = ?", third);

        // Deleted: the next entry's seq and prev_hash give it away.
        String saved;
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select row_to_json(a)::text from audit_log a where seq = ?")) {
            s.setLong(1, third);
            var rs = s.executeQuery();
            rs.next();
            saved = rs.getString(1);
        }
        tamper("delete from audit_log where seq = ?", third);
        AuditVerification deleted = sealer.verify();
        assertFalse(deleted.ok());
        assertEquals(AuditVerification.Problem.DELETED, deleted.problem());
        assertEquals(third, deleted.firstBrokenSeq());

        // Renumbering the rest to hide the gap breaks the prev_hash link instead.
        tamper("update audit_log set seq = -seq where seq > ?", third);
        tamper("update audit_log set seq = -seq - 1 where seq < 0");
        AuditVerification renumbered = sealer.verify();
        assertFalse(renumbered.ok());
        assertEquals(AuditVerification.Problem.DELETED, renumbered.problem());
        assertEquals(third, renumbered.firstBrokenSeq());
        tamper("update audit_log set seq = -seq where seq >= ?", third);
        tamper("update audit_log set seq = -seq + 1 where seq < 0");

        tamper("insert into audit_log select * from json_populate_record(null::audit_log, ?::json)", saved);
        assertTrue(sealer.verify().ok(), "putting the entry back restores the chain");

        // New entries continue the chain.
        QuarkusTransaction.requiringNew().run(() -> audit.record("binh", "widget.closed", "widget", run + "-x", null, null));
        assertEquals(1, sealer.sealNow());
        AuditVerification later = sealer.verify();
        assertTrue(later.ok());
        assertEquals(ok.entriesChecked() + 1, later.entriesChecked());
        assertEquals(later.headSeq().longValue(), seqOf(run + "-x"));
    }

    @Test
    void theAnchoredHeadCatchesDeletedNewestEntries() throws Exception {
        String id = "anchor-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> audit.record("an", "widget.renamed", "widget", id, "01.021", null));
        AuditAnchor.Head head = anchor.anchorNow(true);
        assertEquals(seqOf(id), head.headSeq());
        assertEquals("a1", head.keyId());
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select count(*) from outbox where event_type = 'audit.head-anchored' and payload->>'headHash' = ?")) {
            s.setString(1, head.headHash());
            var rs = s.executeQuery();
            rs.next();
            assertEquals(1, rs.getLong(1), "the head is published through the outbox");
        }
        assertTrue(sealer.verify(head.headSeq(), head.headHash()).ok());

        String saved;
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "select row_to_json(a)::text from audit_log a where seq = ?")) {
            s.setLong(1, head.headSeq());
            var rs = s.executeQuery();
            rs.next();
            saved = rs.getString(1);
        }
        tamper("delete from audit_log where seq = ?", head.headSeq());
        assertTrue(sealer.verify().ok(), "without an anchor, a deleted tail leaves an intact shorter chain");
        AuditVerification anchored = sealer.verify(head.headSeq(), head.headHash());
        assertFalse(anchored.ok());
        assertEquals(AuditVerification.Problem.DELETED, anchored.problem());
        tamper("insert into audit_log select * from json_populate_record(null::audit_log, ?::json)", saved);
        assertTrue(sealer.verify(head.headSeq(), head.headHash()).ok());
        assertEquals(AuditVerification.Problem.ANCHOR_MISMATCH,
                sealer.verify(head.headSeq(), "0".repeat(64)).problem());
    }
}
