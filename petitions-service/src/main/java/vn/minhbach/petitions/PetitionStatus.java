package vn.minhbach.petitions;

import java.util.EnumSet;
import java.util.Set;

public enum PetitionStatus {
    RECEIVED, ACCEPTED, NOT_ACCEPTED, TRANSFERRED, GUIDED, FILED, UNDER_VERIFICATION, RESOLVED, CLOSED,
    APPEALED, WITHDRAWN,
    /**
     * Resolution of a complaint temporarily suspended (tạm đình chỉ, Luật 136/2025/QH15 from 1 Jul 2026):
     * open, not settled, its resolution clock stopped (no running clock, never overdue).
     */
    SUSPENDED;

    /** "Giải quyết xong" in the statistics (docs/contracts.md): nothing left for this unit to do. */
    public static final Set<PetitionStatus> SETTLED = EnumSet.of(RESOLVED, CLOSED, NOT_ACCEPTED, TRANSFERRED,
            GUIDED, FILED, WITHDRAWN);

    /**
     * Statuses in which the resolution clock runs. APPEALED runs the second instance's acceptance
     * clock (Luật Khiếu nại 2011 Đ.36); its resolution clock starts at the acceptance (Đ.37).
     */
    public static final Set<PetitionStatus> RESOLVING = EnumSet.of(ACCEPTED, UNDER_VERIFICATION);

    public boolean settled() {
        return SETTLED.contains(this);
    }
}
