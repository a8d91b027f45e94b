package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.scope.DatabaseScope;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.units.Unit;
import vn.minhbach.chassis.units.UnitRegistry;
import vn.minhbach.programs.ProgramTask;
import vn.minhbach.programs.messaging.ProgramEvents;

/**
 * The registry's owner side: an administrator's data change (a new unit, a renamed one, a
 * reorganisation that retires units and names their successors) is written to {@code unit_registry},
 * audited, and announced as {@code unit.created} / {@code unit.changed} / {@code unit.retired} through
 * the outbox, from which petitions- and inspections-service keep their copies. A hand-over of a
 * retired unit's open work is announced as {@code unit.succession} (docs/events/programs.md).
 */
@ApplicationScoped
public class UnitRegistryService {

    public static final String AGGREGATE = "unit";

    @Inject
    UnitRegistry registry;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    /** Body of a new unit or of a change (the path comes from the URL on a change). */
    public record UnitChange(String path, String name, Unit.Level level, List<String> bodies, String parent,
            LocalDate validFrom, LocalDate validTo, List<String> successors, String source) {
    }

    /** The event announcing a hand-over: each service moves the open work of {@code from} to {@code to}. */
    public record Succession(String unitPath, String from, String to, LocalDate effectiveDate, String requestedBy) {
    }

    @Transactional
    public Unit create(UnitChange in) {
        if (registry.directory().find(in.path()).isPresent()) {
            throw ProblemException.conflict("unit.exists", in.path());
        }
        Unit unit = checked(new Unit(in.path(), in.name(), in.level(), bodies(in.bodies()), in.parent(), in.validFrom(),
                in.validTo(), in.successors(), in.source(), 1));
        registry.upsert(unit);
        outbox.publish(AGGREGATE, unit.path(), "unit.created", unit);
        audit.record(caller.name(), "unit.created", AGGREGATE, unit.path(), unit.path(), details(unit));
        return unit;
    }

    @Transactional
    public Unit change(String path, UnitChange in) {
        Unit old = registry.directory().find(path).orElseThrow(() -> ProblemException.notFound("unit.not-found", path));
        Unit unit = checked(new Unit(path, in.name() == null ? old.name() : in.name(),
                in.level() == null ? old.level() : in.level(), in.bodies() == null ? old.bodies() : bodies(in.bodies()),
                in.parent() == null ? old.parent() : in.parent(), in.validFrom() == null ? old.validFrom() : in.validFrom(),
                in.validTo() == null ? old.validTo() : in.validTo(),
                in.successors() == null ? old.successors() : in.successors(),
                in.source() == null ? old.source() : in.source(), old.version() + 1));
        if (!registry.upsert(unit)) {
            throw ProblemException.conflict("stale-version");
        }
        boolean retired = old.validTo() == null && unit.validTo() != null;
        String type = retired ? "unit.retired" : "unit.changed";
        outbox.publish(AGGREGATE, unit.path(), type, unit);
        audit.record(caller.name(), type, AGGREGATE, unit.path(), unit.path(), details(unit));
        return unit;
    }

    /**
     * {@link #handOver} in the system scope (row-level security): the registry is the whole directory's, so the
     * retired unit's open tasks are moved wherever the administrator's own unit lies.
     */
    public Succession handOverAsSystem(String path, String successor) {
        return DatabaseScope.asSystem(() -> handOver(path, successor));
    }

    /**
     * Hands the open work of a retired unit (and of the units below it) to one of its successors:
     * announced once as {@code unit.succession}; each service (this one for its tasks) applies it.
     */
    @Transactional
    public Succession handOver(String path, String successor) {
        Unit unit = registry.directory().find(path).orElseThrow(() -> ProblemException.notFound("unit.not-found", path));
        if (unit.validTo() == null) {
            throw ProblemException.unprocessable("unit.succession-not-retired", path);
        }
        if (!unit.successors().contains(successor)) {
            throw ProblemException.unprocessable("unit.succession-not-successor", path, successor,
                    String.join(", ", unit.successors())).withField("successor");
        }
        Succession s = new Succession(path, path, successor, unit.validTo().plusDays(1), caller.name());
        outbox.publish(AGGREGATE, path, "unit.succession", s);
        audit.record(caller.name(), "unit.succession", AGGREGATE, path, path, Map.of("to", successor));
        // This service's own open work: the tasks of the unit and of the units below it.
        List<ProgramTask> tasks = ProgramTask.list("(unitPath = ?1 or unitPath like ?2) and status = ?3 order by id",
                path, UnitPath.descendantsPattern(path), ProgramTask.Status.OPEN);
        for (ProgramTask t : tasks) {
            String from = t.unitPath;
            t.unitPath = successor;
            vn.minhbach.programs.TaskHistory.append(t.id, vn.minhbach.programs.TaskHistory.HAND_OVER, from, successor,
                    s.effectiveDate(), "Kế thừa đơn vị: " + from + " → " + successor, caller.name());
            outbox.publish("task", t.id.toString(), "task.reassigned",
                    new ProgramEvents.TaskReassigned(successor, t.id, from, successor, s.effectiveDate()));
            audit.record(caller.name(), "task.reassigned", "task", t.id.toString(), successor,
                    Map.of("from", from, "to", successor));
        }
        return s;
    }

    private Unit checked(Unit u) {
        if (!UnitPath.isValid(u.path())) {
            throw ProblemException.unprocessable("unit.path-invalid", String.valueOf(u.path())).withField("path");
        }
        if (u.parent() != null && !u.path().startsWith(u.parent() + ".")) {
            throw ProblemException.unprocessable("unit.parent-mismatch", u.path(), u.parent()).withField("parent");
        }
        if (u.parent() != null && registry.directory().find(u.parent()).isEmpty()) {
            throw ProblemException.unprocessable("unit.unknown", "parent", u.parent()).withField("parent");
        }
        if (u.validFrom() != null && u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
            throw ProblemException.unprocessable("unit.period-invalid", u.validFrom().toString(), u.validTo().toString())
                    .withField("validTo");
        }
        for (String s : u.successors()) {
            if (s.equals(u.path()) || registry.directory().find(s).isEmpty()) {
                throw ProblemException.unprocessable("unit.unknown", "successors", s).withField("successors");
            }
        }
        if (!u.successors().isEmpty() && u.validTo() == null) {
            throw ProblemException.unprocessable("unit.successors-need-end").withField("validTo");
        }
        return u;
    }

    private static List<String> bodies(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String b : in == null ? List.<String>of() : in) {
            if (!Unit.BODIES.contains(b)) {
                throw ProblemException.unprocessable("unit.body-invalid", b, String.join(", ", Unit.BODIES)).withField("bodies");
            }
            out.add(b);
        }
        return out;
    }

    private static Map<String, Object> details(Unit u) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", u.name());
        d.put("version", u.version());
        d.put("validFrom", String.valueOf(u.validFrom()));
        d.put("validTo", String.valueOf(u.validTo()));
        d.put("successors", String.join(" ", u.successors()));
        return d;
    }
}
