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
 */
public record AuditVerification(boolean ok, long entriesChecked, Long firstBrokenSeq, Problem problem,
        String detail, Long headSeq, String headHash) {

    public enum Problem {
        EDITED, DELETED
    }
}
