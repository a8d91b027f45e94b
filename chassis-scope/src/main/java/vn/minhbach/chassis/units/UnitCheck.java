package vn.minhbach.chassis.units;

import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;

/**
 * The one check of every unit-valued field of every write (owner units, target units, transfer
 * targets, intake units, tasks, conferences…), in every service:
 * <ol>
 *   <li>the caller's scope: an official may name only a unit of its own subtree (422
 *       {@code unit.out-of-scope} naming the field);</li>
 *   <li>the registry at the record's business date: an unknown unit is 422 {@code unit.unknown}, a
 *       unit not yet created on that date 422 {@code unit.not-yet-valid}, a unit retired on that date
 *       422 {@code unit.retired} naming its successors.</li>
 * </ol>
 * Callers without a unit (citizens, the public form) skip the scope check; the integration client's
 * token carries {@code 01} and so covers the city.
 */
@RequestScoped
public class UnitCheck {

    private final Caller caller;
    private final UnitRegistry registry;

    UnitCheck(Caller caller, UnitRegistry registry) {
        this.caller = caller;
        this.registry = registry;
    }

    /** Scope and registry; {@code field} is the request's name for it (e.g. {@code ownerUnit}). */
    public void require(String field, String path, LocalDate businessDate) {
        if (caller.unitIfAny().isPresent() && !caller.covers(path)) {
            throw ProblemException.unprocessable("unit.out-of-scope", field, path).withField(field);
        }
        requireRegistered(field, path, businessDate);
    }

    /** Like {@link #require} for an optional field: nothing to check when absent. */
    public void requireIfPresent(String field, String path, LocalDate businessDate) {
        if (path != null) {
            require(field, path, businessDate);
        }
    }

    /** The registry only: for writes whose caller has no scope of its own (public form, citizens). */
    public void requireRegistered(String field, String path, LocalDate businessDate) {
        if (!registry.enabled()) {
            return;
        }
        LocalDate day = businessDate == null ? LocalDate.now(vn.minhbach.chassis.time.BusinessClock.HANOI) : businessDate;
        UnitDirectory.Verdict verdict = registry.directory().check(path, day);
        if (verdict instanceof UnitDirectory.Verdict.Unknown) {
            throw ProblemException.unprocessable("unit.unknown", field, path).withField(field);
        }
        if (verdict instanceof UnitDirectory.Verdict.NotYetValid n) {
            throw ProblemException.unprocessable("unit.not-yet-valid", field, path, day.toString(),
                    n.unit().validFrom().toString()).withField(field);
        }
        if (verdict instanceof UnitDirectory.Verdict.Retired r) {
            throw ProblemException.unprocessable("unit.retired", field, path, r.unit().validTo().toString(),
                    describe(r.successors())).withField(field);
        }
    }

    /**
     * Scope and "registered at all" for records without a business date of their own (a party
     * organisation of a former ward is still a record of its history): only an unknown unit is refused.
     */
    public void requireKnown(String field, String path) {
        if (caller.unitIfAny().isPresent() && !caller.covers(path)) {
            throw ProblemException.unprocessable("unit.out-of-scope", field, path).withField(field);
        }
        if (registry.enabled() && registry.directory().check(path, LocalDate.of(2000, 1, 1)) instanceof UnitDirectory.Verdict.Unknown
                && registry.directory().find(path).isEmpty()) {
            throw ProblemException.unprocessable("unit.unknown", field, path).withField(field);
        }
    }

    /** "01.00611 Phường Xuân Đỉnh, 01.00160 Phường Nghĩa Đô"; "—" when none is registered. */
    public static String describe(List<Unit> successors) {
        return successors.isEmpty() ? "—"
                : successors.stream().map(u -> u.path() + " " + u.name()).collect(Collectors.joining(", "));
    }
}
