package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.ReceptionVisit;
import vn.minhbach.petitions.messaging.PetitionEvents;
import vn.minhbach.petitions.service.command.ReceptionVisitRequest;

/** Tiếp công dân: records visits; people counts feed the person-visit statistics. */
@ApplicationScoped
public class ReceptionService {

    @jakarta.inject.Inject
    vn.minhbach.chassis.units.UnitCheck units;

    /** Law on Citizen Reception 2013: five or more people on one matter come as a group. */
    static final int GROUP_SIZE = 5;

    @Inject
    vn.minhbach.chassis.time.BusinessClock clock;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    PetitionService petitions;

    @Transactional
    public ReceptionVisit record(ReceptionVisitRequest in) {
        String unit = in.unitPath() == null ? caller.unit() : in.unitPath();
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("petition.unit.outside-scope", unit);
        }
        clock.notInFuture(in.visitAt().toLocalDate(), "visitAt");
        units.requireRegistered("unitPath", unit, in.visitAt().toLocalDate());
        List<UUID> ids = in.petitionIds() == null ? List.of() : in.petitionIds().stream().distinct().toList();
        if (in.outcome() == ReceptionVisit.VisitOutcome.PETITION_RECEIVED && ids.isEmpty()) {
            throw ProblemException.unprocessable("visit.petitions.required");
        }
        boolean group = in.groupVisit() == null ? in.people() >= GROUP_SIZE : in.groupVisit();
        if (group && in.people() < 2) {
            throw ProblemException.unprocessable("visit.group.too-few", in.people());
        }
        ids.forEach(petitions::scoped);
        ReceptionVisit v = new ReceptionVisit();
        v.id = UUID.randomUUID();
        v.unitPath = unit;
        v.visitAt = in.visitAt();
        v.visitDate = in.visitAt().toLocalDate();
        v.place = in.place();
        v.kind = in.kind();
        v.receivingOfficial = in.receivingOfficial();
        v.leaderPresent = in.leaderPresent();
        v.people = in.people();
        v.groupVisit = group;
        v.summary = in.summary();
        v.outcome = in.outcome();
        v.recordedBy = caller.name();
        v.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        v.petitionIds.addAll(ids);
        v.persist();
        audit.record(caller.name(), "reception-visit.recorded", "reception-visit", v.id.toString(), unit,
                Map.of("people", v.people, "kind", v.kind.name()));
        outbox.publish(PetitionEvents.VISIT_AGGREGATE, v.id.toString(), PetitionEvents.VISIT_RECORDED,
                new PetitionEvents.VisitRecorded(unit, v.id, v.visitDate, v.kind, v.people, v.groupVisit,
                        v.outcome, new ArrayList<>(ids)));
        return v;
    }

    public ReceptionVisit scoped(UUID id) {
        return caller.inScope(ReceptionVisit.<ReceptionVisit>findById(id), v -> v.unitPath, "visit.not-found", id);
    }
}
