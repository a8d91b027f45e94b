package vn.minhbach.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * The petition workflow ({@link Action}) as plain logic, in milliseconds: which status each action may start
 * from, what it changes, the note it leaves and the event that announces it. The HTTP tests
 * (WorkflowTest, ComplaintSuspensionTest) cover the same through the API with PostgreSQL and Kafka.
 */
class WorkflowStateMachineTest {

    static final LocalDate D = LocalDate.of(2026, 8, 3);

    /** Records what an action asked of the service. */
    static final class Recorded implements Action.Effects {
        final List<String> calls = new ArrayList<>();

        @Override
        public void requireNotInFuture(LocalDate effectiveDate) {
            if (effectiveDate.isAfter(D.plusDays(60))) {
                throw ProblemException.unprocessable("date.in-future", effectiveDate);
            }
        }

        @Override
        public void startResolution(Petition p, LocalDate accepted) {
            calls.add("startResolution " + accepted);
            p.resolutionDueDate = accepted.plusDays(30);
        }

        @Override
        public void startAcceptance(Petition p, LocalDate received) {
            calls.add("startAcceptance " + received);
        }

        @Override
        public void resume(Petition p, LocalDate suspendedSince, LocalDate resumed) {
            calls.add("resume " + suspendedSince + " " + resumed);
            p.resolutionDueDate = p.resolutionDueDate.plusDays(resumed.toEpochDay() - suspendedSince.toEpochDay());
        }

        @Override
        public void resolutionClockMoved(Petition p, LocalDate dueBefore, String reason, Step s) {
            calls.add("clockMoved " + dueBefore + " -> " + p.resolutionDueDate);
        }

        @Override
        public void accepted(Petition p, PetitionStatus from, LocalDate date) {
            calls.add("event accepted from " + from);
        }

        @Override
        public void transferred(Petition p, PetitionStatus from, LocalDate date, String toAgency) {
            calls.add("event transferred to " + toAgency);
        }

        @Override
        public void resolved(Petition p, PetitionStatus from, LocalDate date) {
            calls.add("event resolved onTime=" + p.onTime);
        }

        @Override
        public void statusChanged(Petition p, PetitionStatus from, LocalDate date) {
            calls.add("event status-changed " + from + " -> " + p.status);
        }
    }

    static Petition petition(PetitionKind kind, PetitionStatus status) {
        Petition p = new Petition();
        p.kind = kind;
        p.status = status;
        p.instance = 1;
        p.lastEffectiveDate = D.minusDays(10);
        return p;
    }

    static Step step(Action action, LocalDate date) {
        return new Step(action, date, "QĐ-1", "ghi chú", NotAcceptedGround.values()[0], "Sở Xây dựng",
                Outcome.values()[0], null, null, Step.FileReason.NOT_PROCESSABLE);
    }

    static void move(Petition p, Action a, LocalDate date, Recorded fx) {
        Action.Moved m = a.take(p, step(a, date), fx);
        a.announce(p, step(a, date), m, fx);
        a.afterwards(p, step(a, date), m, fx);
    }

    @Test
    void anActionFromAStatusItDoesNotStartFromIs409AndChangesNothing() {
        int refused = 0;
        for (Action a : Action.values()) {
            for (PetitionStatus s : PetitionStatus.values()) {
                if (a.allowedFrom(s)) {
                    continue;
                }
                Petition p = petition(PetitionKind.COMPLAINT, s);
                Step step = new Step(a, D, "QĐ-1", "lý do", NotAcceptedGround.values()[0], "Sở Xây dựng",
                        Outcome.RIGHT, null, null, Step.FileReason.DUPLICATE);
                ProblemException e = assertThrows(ProblemException.class, () -> a.take(p, step, new Recorded()));
                assertTrue(e.status() == 409 || e.status() == 422, a + " from " + s + ": " + e.status());
                assertEquals(s, p.status, a + " from " + s + " changed the status");
                assertEquals(D.minusDays(10), p.lastEffectiveDate);
                refused++;
            }
        }
        assertTrue(refused > 100, "refusals checked: " + refused);
    }

    @Test
    void aComplaintRunsAcceptVerifyResolveWithItsClockAndEvents() {
        Petition p = petition(PetitionKind.COMPLAINT, PetitionStatus.RECEIVED);
        Recorded fx = new Recorded();
        move(p, Action.ACCEPT, D, fx);
        assertEquals(PetitionStatus.ACCEPTED, p.status);
        assertEquals(Complexity.NORMAL, p.complexity);
        assertEquals(D, p.acceptedDate);
        assertEquals(Deadline.RESOLUTION, p.nextDeadline, "the resolution clock now runs");
        move(p, Action.START_VERIFICATION, D.plusDays(1), fx);
        move(p, Action.RESOLVE, D.plusDays(40), fx);
        assertEquals(PetitionStatus.RESOLVED, p.status);
        assertEquals(Boolean.FALSE, p.onTime, "resolved 40 days after a 30-day clock");
        assertNull(p.nextDeadline);
        assertEquals(List.of("startResolution " + D, "event accepted from RECEIVED",
                "event status-changed ACCEPTED -> UNDER_VERIFICATION", "event resolved onTime=false"), fx.calls);
    }

    @Test
    void aSuspendedComplaintResumesWhereItWasWithTheSuspendedDaysAdded() {
        Petition p = petition(PetitionKind.COMPLAINT, PetitionStatus.UNDER_VERIFICATION);
        p.resolutionDueDate = D.plusDays(20);
        Recorded fx = new Recorded();
        move(p, Action.SUSPEND, D, fx);
        assertEquals(PetitionStatus.SUSPENDED, p.status);
        assertEquals(PetitionStatus.UNDER_VERIFICATION, p.suspendedStatus);
        move(p, Action.RESUME, D.plusDays(5), fx);
        assertEquals(PetitionStatus.UNDER_VERIFICATION, p.status);
        assertNull(p.suspendedStatus);
        assertNull(p.suspendedSince);
        assertEquals(D.plusDays(25), p.resolutionDueDate);
        assertTrue(fx.calls.contains("resume " + D + " " + D.plusDays(5)), fx.calls.toString());
        assertTrue(fx.calls.contains("clockMoved " + D.plusDays(20) + " -> " + D.plusDays(25)), fx.calls.toString());
    }

    @Test
    void suspensionIsForComplaintsFromTheDayTheAmendedLawIsInForce() {
        Petition denunciation = petition(PetitionKind.DENUNCIATION, PetitionStatus.ACCEPTED);
        assertEquals(409, assertThrows(ProblemException.class,
                () -> Action.SUSPEND.take(denunciation, step(Action.SUSPEND, D), new Recorded())).status());
        Petition complaint = petition(PetitionKind.COMPLAINT, PetitionStatus.ACCEPTED);
        complaint.lastEffectiveDate = LocalDate.of(2026, 6, 1);
        ProblemException before = assertThrows(ProblemException.class,
                () -> Action.SUSPEND.take(complaint, step(Action.SUSPEND, LocalDate.of(2026, 6, 30)), new Recorded()));
        assertEquals("petition.suspension.before-in-force", before.key());
    }

    @Test
    void eachActionLeavesItsOwnNoteAndRequiresItsOwnFields() {
        assertEquals("legalGround=" + NotAcceptedGround.values()[0] + "; ghi chú",
                Action.NOT_ACCEPT.note(step(Action.NOT_ACCEPT, D)));
        assertEquals("toAgency=Sở Xây dựng; ghi chú", Action.TRANSFER.note(step(Action.TRANSFER, D)));
        assertEquals("ghi chú", Action.GUIDE.note(step(Action.GUIDE, D)));
        Petition p = petition(PetitionKind.COMPLAINT, PetitionStatus.RECEIVED);
        ProblemException e = assertThrows(ProblemException.class,
                () -> Action.TRANSFER.take(p, Step.of(Action.TRANSFER, D, "QĐ-1", null), new Recorded()));
        assertEquals("petition.to-agency.required", e.key());
        assertEquals(PetitionStatus.RECEIVED, p.status);
    }

    @Test
    void aStepDatedBeforeThePreviousOneOrInTheFutureIsRefused() {
        Petition p = petition(PetitionKind.COMPLAINT, PetitionStatus.RECEIVED);
        assertEquals("petition.effective-date.before-previous", assertThrows(ProblemException.class,
                () -> Action.ACCEPT.take(p, step(Action.ACCEPT, D.minusDays(11)), new Recorded())).key());
        assertEquals("date.in-future", assertThrows(ProblemException.class,
                () -> Action.ACCEPT.take(p, step(Action.ACCEPT, D.plusDays(61)), new Recorded())).key());
        assertEquals(PetitionStatus.RECEIVED, p.status);
    }
}
