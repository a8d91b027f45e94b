package vn.minhbach.petitions;

import static vn.minhbach.petitions.PetitionStatus.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The petition workflow as an explicit state machine: each action names the statuses it may start
 * from and the status it leads to. Anything else is an invalid transition (409).
 */
public enum Action {
    ACCEPT(EnumSet.of(RECEIVED, APPEALED), ACCEPTED),
    NOT_ACCEPT(EnumSet.of(RECEIVED, APPEALED), NOT_ACCEPTED),
    TRANSFER(EnumSet.of(RECEIVED), TRANSFERRED),
    GUIDE(EnumSet.of(RECEIVED), GUIDED),
    FILE(EnumSet.of(RECEIVED), FILED),
    START_VERIFICATION(EnumSet.of(ACCEPTED), UNDER_VERIFICATION),
    RESOLVE(EnumSet.of(UNDER_VERIFICATION), RESOLVED),
    CLOSE(EnumSet.of(RESOLVED), CLOSED),
    APPEAL(EnumSet.of(RESOLVED), APPEALED),
    /**
     * Tạm đình chỉ việc giải quyết khiếu nại (Luật Khiếu nại as amended by Luật 136/2025/QH15, the new
     * Đ.11a; from 1 Jul 2026): the resolution clock stops.
     */
    SUSPEND(EnumSet.of(ACCEPTED, UNDER_VERIFICATION), SUSPENDED),
    /** Tiếp tục giải quyết: back to the status it was suspended from ({@code null}: see {@link Petition#apply}). */
    RESUME(EnumSet.of(SUSPENDED), null),
    WITHDRAW(EnumSet.of(RECEIVED, ACCEPTED, UNDER_VERIFICATION, APPEALED, SUSPENDED), WITHDRAWN);

    private final Set<PetitionStatus> from;
    private final PetitionStatus to;

    Action(Set<PetitionStatus> from, PetitionStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(PetitionStatus status) {
        return from.contains(status);
    }

    /** The status it leads to; {@code null} for {@link #RESUME}, which goes back where it came from. */
    public PetitionStatus to() {
        return to;
    }
}
