package vn.minhbach.petitions;

import static vn.minhbach.petitions.PetitionStatus.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * The petition workflow, in one place: each action names the statuses it may start from, the status it
 * leads to, the fields it requires, what it changes on the petition, the note its history step carries and
 * the event that announces it. Adding an action is adding a constant here; the service
 * ({@code PetitionService.move}) runs every action the same way through {@link #take}.
 */
public enum Action {
    ACCEPT(EnumSet.of(RECEIVED, APPEALED), ACCEPTED) {
        @Override
        void enter(Petition p, Step s, Moved m, Effects fx) {
            p.complexity = s.complexity() == null ? Complexity.NORMAL : s.complexity();
            p.remoteArea = Boolean.TRUE.equals(s.remoteArea());
            p.acceptedDate = s.effectiveDate();
            fx.startResolution(p, s.effectiveDate());
        }

        @Override
        public void announce(Petition p, Step s, Moved m, Effects fx) {
            fx.accepted(p, m.from(), s.effectiveDate());
        }
    },
    NOT_ACCEPT(EnumSet.of(RECEIVED, APPEALED), NOT_ACCEPTED) {
        @Override
        void check(Petition p, Step s) {
            require(s.legalGround() != null, "petition.legal-ground.required");
        }

        @Override
        public String note(Step s) {
            return prefix("legalGround=" + s.legalGround(), s.note());
        }
    },
    TRANSFER(EnumSet.of(RECEIVED), TRANSFERRED) {
        @Override
        void check(Petition p, Step s) {
            require(s.toAgency() != null && !s.toAgency().isBlank(), "petition.to-agency.required");
        }

        @Override
        public String note(Step s) {
            return prefix("toAgency=" + s.toAgency(), s.note());
        }

        @Override
        public void announce(Petition p, Step s, Moved m, Effects fx) {
            fx.transferred(p, m.from(), s.effectiveDate(), s.toAgency());
        }
    },
    GUIDE(EnumSet.of(RECEIVED), GUIDED),
    FILE(EnumSet.of(RECEIVED), FILED) {
        @Override
        void check(Petition p, Step s) {
            require(s.fileReason() != null, "petition.file-reason.required");
        }

        @Override
        public String note(Step s) {
            return prefix("fileReason=" + s.fileReason(), s.note());
        }
    },
    START_VERIFICATION(EnumSet.of(ACCEPTED), UNDER_VERIFICATION),
    RESOLVE(EnumSet.of(UNDER_VERIFICATION), RESOLVED) {
        @Override
        void check(Petition p, Step s) {
            require(s.outcome() != null, "petition.outcome.required");
            boolean answers = p.kind == PetitionKind.RECOMMENDATION || p.kind == PetitionKind.FEEDBACK;
            if (answers != (s.outcome() == Outcome.ANSWERED)) {
                throw ProblemException.unprocessable("petition.outcome.invalid-for-kind", s.outcome(), p.kind);
            }
        }

        @Override
        void enter(Petition p, Step s, Moved m, Effects fx) {
            p.outcome = s.outcome();
            p.resolvedDate = s.effectiveDate();
            p.onTime = p.resolutionDueDate == null || !s.effectiveDate().isAfter(p.resolutionDueDate);
        }

        @Override
        public void announce(Petition p, Step s, Moved m, Effects fx) {
            fx.resolved(p, m.from(), s.effectiveDate());
        }
    },
    CLOSE(EnumSet.of(RESOLVED), CLOSED),
    APPEAL(EnumSet.of(RESOLVED), APPEALED) {
        @Override
        void check(Petition p, Step s) {
            if (p.kind != PetitionKind.COMPLAINT || p.instance != 1) {
                throw ProblemException.conflict("petition.appeal.not-allowed", p.kind, p.instance);
            }
        }

        /**
         * Second instance (Luật Khiếu nại 2011): the acceptance clock runs from the receipt of the second
         * complaint (Đ.36); the resolution clock starts at its acceptance (Đ.37).
         */
        @Override
        void enter(Petition p, Step s, Moved m, Effects fx) {
            p.instance = 2;
            p.outcome = null;
            p.onTime = null;
            p.resolvedDate = null;
            p.extensionsUsed = 0;
            p.acceptedDate = null;
            p.resolutionStart = null;
            p.resolutionDueDate = null;
            p.resolutionDueProvisional = false;
            fx.startAcceptance(p, s.effectiveDate());
        }
    },
    /**
     * Tạm đình chỉ việc giải quyết khiếu nại (Luật Khiếu nại as amended by Luật 136/2025/QH15, the new
     * Đ.11a; from 1 Jul 2026): the resolution clock stops.
     */
    SUSPEND(EnumSet.of(ACCEPTED, UNDER_VERIFICATION), SUSPENDED) {
        @Override
        void check(Petition p, Step s) {
            if (p.kind != PetitionKind.COMPLAINT) {
                throw ProblemException.conflict("petition.suspension.not-allowed", p.kind);
            }
            if (s.effectiveDate().isBefore(SUSPENSION_IN_FORCE)) {
                throw ProblemException.unprocessable("petition.suspension.before-in-force", s.effectiveDate(),
                        SUSPENSION_IN_FORCE, SUSPENSION_BASIS);
            }
            require(s.note() != null && !s.note().isBlank(), "petition.reason.required");
        }

        @Override
        void enter(Petition p, Step s, Moved m, Effects fx) {
            p.suspendedStatus = m.from();
            p.suspendedSince = s.effectiveDate();
        }
    },
    /** Tiếp tục giải quyết: back to the status it was suspended from, the suspended days not counted. */
    RESUME(EnumSet.of(SUSPENDED), null) {
        @Override
        void check(Petition p, Step s) {
            require(s.note() != null && !s.note().isBlank(), "petition.reason.required");
        }

        @Override
        PetitionStatus target(Petition p) {
            return p.suspendedStatus;
        }

        @Override
        void enter(Petition p, Step s, Moved m, Effects fx) {
            p.suspendedStatus = null;
            p.suspendedSince = null;
            fx.resume(p, m.suspendedSince(), s.effectiveDate());
        }

        @Override
        public void afterwards(Petition p, Step s, Moved m, Effects fx) {
            if (m.resolutionDueBefore() != null && !m.resolutionDueBefore().equals(p.resolutionDueDate)) {
                fx.resolutionClockMoved(p, m.resolutionDueBefore(), "resumed after suspension " + m.suspendedSince()
                        + " – " + s.effectiveDate() + " (" + SUSPENSION_BASIS + ")", s);
            }
        }
    },
    WITHDRAW(EnumSet.of(RECEIVED, ACCEPTED, UNDER_VERIFICATION, APPEALED, SUSPENDED), WITHDRAWN) {
        @Override
        void enter(Petition p, Step s, Moved m, Effects fx) {
            p.suspendedStatus = null;
            p.suspendedSince = null;
        }
    };

    /** Luật 136/2025/QH15 (amending the Law on Complaints) in force; suspension exists from then. */
    public static final LocalDate SUSPENSION_IN_FORCE = LocalDate.of(2026, 7, 1);
    public static final String SUSPENSION_BASIS = "Luật Khiếu nại 2011 Đ.11a (Luật 136/2025/QH15, hiệu lực 01/07/2026)";

    /**
     * What an action needs from outside the petition: its clocks (working calendar, deadline rules), the
     * business clock, and the events that announce it.
     */
    public interface Effects {
        void requireNotInFuture(LocalDate effectiveDate);

        void startResolution(Petition p, LocalDate accepted);

        void startAcceptance(Petition p, LocalDate received);

        void resume(Petition p, LocalDate suspendedSince, LocalDate resumed);

        void resolutionClockMoved(Petition p, LocalDate dueBefore, String reason, Step s);

        void accepted(Petition p, PetitionStatus from, LocalDate date);

        void transferred(Petition p, PetitionStatus from, LocalDate date, String toAgency);

        void resolved(Petition p, PetitionStatus from, LocalDate date);

        void statusChanged(Petition p, PetitionStatus from, LocalDate date);
    }

    /** The petition as it was before the step, for the history, the announcement and what follows. */
    public record Moved(PetitionStatus from, LocalDate suspendedSince, LocalDate resolutionDueBefore) {
    }

    private final Set<PetitionStatus> from;
    private final PetitionStatus to;

    Action(Set<PetitionStatus> from, PetitionStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(PetitionStatus status) {
        return from.contains(status);
    }

    /**
     * Takes the step: checks its fields (422), its date (not in the future, not before the previous step),
     * that the status allows it (409), then moves the petition, applies the action's effects and sets the
     * clock that now runs. History, audit and announcement follow in the service.
     */
    public Moved take(Petition p, Step s, Effects fx) {
        check(p, s);
        fx.requireNotInFuture(s.effectiveDate());
        if (!allowedFrom(p.status)) {
            throw ProblemException.conflict("petition.transition.invalid", this, p.status);
        }
        if (s.effectiveDate().isBefore(p.lastEffectiveDate)) {
            throw ProblemException.unprocessable("petition.effective-date.before-previous", s.effectiveDate(),
                    p.lastEffectiveDate);
        }
        Moved m = new Moved(p.status, p.suspendedSince, p.resolutionDueDate);
        p.status = target(p);
        p.lastEffectiveDate = s.effectiveDate();
        enter(p, s, m, fx);
        p.refreshNextDeadline();
        return m;
    }

    /** The action's own required fields and preconditions. */
    void check(Petition p, Step s) {
    }

    PetitionStatus target(Petition p) {
        return to;
    }

    /** What the action changes on the petition besides its status. */
    void enter(Petition p, Step s, Moved m, Effects fx) {
    }

    /** The note of the history step. */
    public String note(Step s) {
        return s.note();
    }

    /** The event that announces the step. */
    public void announce(Petition p, Step s, Moved m, Effects fx) {
        fx.statusChanged(p, m.from(), s.effectiveDate());
    }

    /** What follows the announced step (a clock that moved). */
    public void afterwards(Petition p, Step s, Moved m, Effects fx) {
    }

    private static String prefix(String fact, String note) {
        return note == null || note.isBlank() ? fact : fact + "; " + note;
    }

    private static void require(boolean ok, String key) {
        if (!ok) {
            throw ProblemException.unprocessable(key);
        }
    }
}
