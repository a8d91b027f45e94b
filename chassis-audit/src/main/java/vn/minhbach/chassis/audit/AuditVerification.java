package vn.minhbach.chassis.audit;

/**
 * Result of walking the audit chain.
 *
 * @param ok             true when every sealed entry is intact and none is missing
 * @param entriesChecked sealed entries read
 * @param firstBrokenSeq the first seq where the chain breaks, or null
 * @param problem        why: {@code EDITED} (the entry's hash no longer matches its content) or
 *                       {@code DELETED} (a seq is missing, or the next entry's prev_hash does not
 *                       match), or null
 * @param headSeq        the last sealed seq; with {@code headHash}, an anchor to keep elsewhere so a
 *                       deletion of the newest entries can be detected too
 * @param headKeyId      the key the head entry was sealed with
 * @param unkeyedEntries entries sealed before the chain was keyed (plain SHA-256; all precede the keyed ones)
 */
public record AuditVerification(boolean ok, long entriesChecked, Long firstBrokenSeq, Problem problem,
        String detail, Long headSeq, String headHash, String headKeyId, long unkeyedEntries) {

    /**
     * {@code EDITED}: an entry no longer matches its hash; {@code DELETED}: a seq is missing, a prev_hash
     * does not match, or the anchored entry is gone; {@code ANCHOR_MISMATCH}: the anchored entry has
     * another hash (the chain was rebuilt); {@code UNKNOWN_KEY}: an entry names a key not configured.
     * (Schema name AuditProblem: "Problem" is the RFC 9457 problem document of every error answer.)
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditProblem")
    public enum Problem {
        EDITED, DELETED, ANCHOR_MISMATCH, UNKNOWN_KEY
    }
}
