package vn.minhbach.chassis.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Keys of the audit chain. They live in configuration (environment variables
 * {@code MINHBACH_AUDIT_ACTIVE_KEY} and {@code MINHBACH_AUDIT_KEYS_<ID>}, in Kubernetes the secret
 * {@code minhbach-audit-keys}), never in the database: whoever can write the table cannot recompute a
 * keyed hash. Old keys stay configured after a rotation so entries sealed with them still verify.
 */
@ConfigMapping(prefix = "minhbach.audit")
public interface AuditConfig {

    /** Id of the key new entries are sealed with; stored in each entry's {@code key_id}. */
    @WithDefault("a1")
    String activeKey();

    /** Key id → base64 secret of at least 32 bytes (HMAC-SHA256). */
    Map<String, String> keys();

    /**
     * How many entries at the start of the chain may be unkeyed (plain SHA-256): those sealed before the
     * chain was keyed (migration V60_1), counted at the upgrade. Default 0: otherwise whoever can write the
     * table could rewrite the whole chain as "unkeyed" and recompute it without the key.
     */
    @WithDefault("0")
    long unkeyedAccepted();

    /** How often committed entries are sealed. */
    @WithDefault("2s")
    String sealInterval();

    /** How often the head of the chain is published (outbox event {@code audit.head-anchored} and the log). */
    @WithDefault("15m")
    String anchorInterval();
}
