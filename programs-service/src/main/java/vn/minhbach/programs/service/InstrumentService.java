package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.programs.Instrument;
import vn.minhbach.programs.SolutionGroup;
import vn.minhbach.programs.service.command.NewInstrument;
import vn.minhbach.programs.service.command.NewSolutionGroup;

/** Instruments (văn bản chỉ đạo) linked to a program, a project's with its solution groups. */
@ApplicationScoped
public class InstrumentService {

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    UnitCheck units;

    @Inject
    ProgramService programs;

    @Transactional
    public Instrument createInstrument(NewInstrument in) {
        String unit = programs.unitInScope(in.issuerUnitPath());
        units.requireRegistered("issuerUnitPath", unit, in.issuedDate());
        if (in.programId() != null) {
            programs.program(in.programId());
        }
        boolean hasGroups = in.solutionGroups() != null && !in.solutionGroups().isEmpty();
        if (hasGroups && in.kind() != Instrument.Kind.PROJECT) {
            throw ProblemException.unprocessable("instrument.groups-only-for-projects");
        }
        if (Instrument.count("kind = ?1 and number = ?2 and issuedDate = ?3", in.kind(), in.number(),
                in.issuedDate()) > 0) {
            throw ProblemException.conflict("instrument.duplicate", String.valueOf(in.number()));
        }
        Instrument i = new Instrument();
        i.programId = in.programId();
        i.kind = in.kind();
        i.number = in.number();
        i.issuedDate = in.issuedDate();
        i.issuer = in.issuer();
        i.issuerUnitPath = unit;
        i.title = in.title();
        i.createdBy = caller.name();
        i.createdAt = ProgramService.now();
        i.persist();
        if (hasGroups) {
            addGroups(i, in.solutionGroups());
        }
        audit.record(caller.name(), "instrument.created", "instrument", i.id.toString(), unit,
                Map.of("kind", i.kind.name(), "number", i.number));
        return i;
    }

    private static void addGroups(Instrument instrument, List<NewSolutionGroup> groups) {
        Set<Integer> numbers = new HashSet<>();
        for (var g : groups) {
            if (!numbers.add(g.number())) {
                throw ProblemException.unprocessable("solution-group.number-taken", String.valueOf(g.number()));
            }
            SolutionGroup group = new SolutionGroup();
            group.instrumentId = instrument.id;
            group.number = g.number();
            group.title = g.title();
            group.persist();
        }
    }

    public Instrument instrument(long id) {
        Instrument i = Instrument.findById(id);
        if (i == null) {
            throw ProblemException.notFound("instrument.not-found", String.valueOf(id));
        }
        return i;
    }
}
