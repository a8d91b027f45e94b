package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.programs.Program;
import vn.minhbach.programs.Topic;
import vn.minhbach.programs.service.command.NewProgram;
import vn.minhbach.programs.service.command.NewTopic;

/**
 * Programs and their thematic topics: the program officer's use cases. Instruments are
 * {@link InstrumentService}'s, tasks and targets {@link TaskService}'s; the reads are {@link ProgramQueries}'.
 */
@ApplicationScoped
public class ProgramService {

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    UnitCheck units;

    @Transactional
    public Program createProgram(NewProgram in) {
        String unit = unitInScope(in.unitPath());
        units.requireRegistered("unitPath", unit, LocalDate.of(in.periodStart(), 1, 1));
        if (in.periodEnd() < in.periodStart()) {
            throw ProblemException.unprocessable("program.period-invalid", String.valueOf(in.periodStart()),
                    String.valueOf(in.periodEnd()));
        }
        if (Program.byCode(in.code()) != null) {
            throw ProblemException.conflict("program.code-taken", String.valueOf(in.code()));
        }
        Program p = new Program();
        p.code = in.code();
        p.title = in.title();
        p.issuingBody = in.issuingBody();
        p.unitPath = unit;
        p.periodStart = in.periodStart();
        p.periodEnd = in.periodEnd();
        p.status = Program.Status.ACTIVE;
        p.createdBy = caller.name();
        p.createdAt = now();
        p.persist();
        audit.record(caller.name(), "program.created", "program", p.id.toString(), unit, Map.of("code", p.code));
        return p;
    }

    /** A program by id; callers check who may see it (UnitPath.concerns) and change it ({@link #owned}). */
    public Program program(long id) {
        Program p = Program.findById(id);
        if (p == null) {
            throw ProblemException.notFound("program.not-found", String.valueOf(id));
        }
        return p;
    }

    /** A program the caller may change: one of its own subtree, else 404 as if it did not exist. */
    public Program owned(long id) {
        Program p = program(id);
        caller.requireScope(p.unitPath, "program.not-found", String.valueOf(id));
        return p;
    }

    @Transactional
    public Topic addTopic(long programId, NewTopic in) {
        Program p = owned(programId);
        if (Topic.count("programId = ?1 and number = ?2", programId, in.number()) > 0) {
            throw ProblemException.conflict("topic.number-taken", String.valueOf(in.number()), String.valueOf(p.code));
        }
        Topic t = new Topic();
        t.programId = programId;
        t.number = in.number();
        t.title = in.title();
        // A topic may be led by the program's unit or a body below it in the caller's scope, or by a
        // higher body the program carries out (the city's topics in a district's program, as the article's
        // scenario records them): then only the registry is checked.
        LocalDate periodStart = LocalDate.of(p.periodStart, 1, 1);
        if (UnitPath.within(p.unitPath, in.leadUnitPath())) {
            units.requireRegistered("leadUnitPath", in.leadUnitPath(), periodStart);
        } else {
            units.require("leadUnitPath", in.leadUnitPath(), periodStart);
        }
        t.leadUnitPath = in.leadUnitPath();
        t.persist();
        audit.record(caller.name(), "topic.added", "topic", t.id.toString(), p.unitPath,
                Map.of("program", p.code, "number", t.number, "leadUnitPath", t.leadUnitPath));
        return t;
    }

    /**
     * The unit a new record belongs to, or a subtree a read covers: the caller's own unit, or one in its
     * subtree it names (else 404 {@code unit.not-found}).
     */
    public String unitInScope(String requested) {
        String unit = requested == null ? caller.unit() : requested;
        caller.requireScope(unit, "unit.not-found", unit);
        return unit;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static LocalDate today() {
        return LocalDate.now(BusinessClock.HANOI);
    }
}
