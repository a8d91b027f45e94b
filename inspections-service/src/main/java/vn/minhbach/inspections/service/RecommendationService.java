package vn.minhbach.inspections.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.inspections.RecommendationUpdate;
import vn.minhbach.inspections.messaging.EventTypes;
import vn.minhbach.inspections.messaging.RecommendationOverdue;
import vn.minhbach.inspections.service.command.RecommendationUpdateCommand;

/** Follow-up of recommendations and the once-only overdue announcement. */
@ApplicationScoped
public class RecommendationService {

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    Outbox outbox;
    @Inject
    BusinessClock dates;
    @Inject
    RecommendationQueries queries;

    @Transactional
    public Recommendation addUpdate(UUID id, RecommendationUpdateCommand command) {
        Recommendation r = queries.recommendation(id);
        if (!caller.covers(r.unitPath)) {
            // the owner unit reports through the team's inspectors; it may read but not record
            throw ProblemException.notFound("recommendation.not-found", id);
        }
        dates.notInFuture(command.updateDate(), "updateDate");
        dates.notBefore(command.updateDate(), "updateDate", r.statusDate, "statusDate");
        if (command.status() == RecommendationStatus.OPEN && r.status != RecommendationStatus.OPEN) {
            throw ProblemException.conflict("recommendation.reopen", id, r.status);
        }
        RecommendationUpdate u = history(r, command.updateDate(), command.status(), command.note(), caller.name());
        u.evidence = command.evidence();
        u.persist();
        r.status = command.status();
        r.statusDate = command.updateDate();
        audit.record(caller.name(), "recommendation.updated", "recommendation", r.id.toString(), r.unitPath,
                Map.of("status", r.status, "updateDate", r.statusDate.toString()));
        return r;
    }

    private static RecommendationUpdate history(Recommendation r, LocalDate date, RecommendationStatus status,
            String note, String recordedBy) {
        RecommendationUpdate u = new RecommendationUpdate();
        u.id = UUID.randomUUID();
        u.recommendationId = r.id;
        u.updateDate = date;
        u.status = status;
        u.note = note;
        u.recordedBy = recordedBy;
        u.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return u;
    }

    @Scheduled(every = "{minhbach.inspections.overdue-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledOverdueCheck() {
        announceOverdue(dates.today());
    }

    /**
     * Writes one {@code recommendation.overdue} event per outstanding recommendation past its due date
     * on {@code today} that has not been announced yet.
     *
     * @return how many were announced
     */
    @Transactional
    public int announceOverdue(LocalDate today) {
        List<Recommendation> due = Recommendation.list(
                "overdueAnnouncedAt is null and dueDate < ?1 and status in ?2", today, RecommendationQueries.OUTSTANDING);
        for (Recommendation r : due) {
            r.overdueAnnouncedAt = OffsetDateTime.now(ZoneOffset.UTC);
            audit.record("system", "recommendation.overdue", "recommendation", r.id.toString(), r.unitPath,
                    Map.of("dueDate", r.dueDate.toString()));
            outbox.publish("recommendation", r.id.toString(), EventTypes.RECOMMENDATION_OVERDUE,
                    new RecommendationOverdue(r.unitPath, r.id.toString(), r.teamId.toString(), r.ownerUnit, r.dueDate));
        }
        return due.size();
    }

    /**
     * {@code unit.succession} (programs-service): the outstanding recommendations owned by the retired
     * unit or a unit below it go to the successor, each with a history entry (an update with its status
     * unchanged), an audit entry and {@code recommendation.reassigned}. A team of the retired unit
     * moves its recommendations' unit too, so the successor's inspectors can follow them up.
     * Runs in the consumer's transaction (no request: the actor is {@code system}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int handOver(String from, String to, LocalDate effectiveDate, String requestedBy) {
        List<Recommendation> open = Recommendation.list(
                "(ownerUnit = ?1 or ownerUnit like ?2 or unitPath = ?1 or unitPath like ?2) and status in ?3 order by id",
                from, UnitPath.descendantsPattern(from), RecommendationQueries.OUTSTANDING);
        for (Recommendation r : open) {
            String oldOwner = r.ownerUnit;
            String oldUnit = r.unitPath;
            if (UnitPath.within(r.ownerUnit, from)) {
                r.ownerUnit = to;
            }
            if (UnitPath.within(r.unitPath, from)) {
                r.unitPath = to;
            }
            history(r, effectiveDate, r.status, "Kế thừa đơn vị: " + oldOwner + " → " + r.ownerUnit, "system").persist();
            audit.record("system", "recommendation.reassigned", "recommendation", r.id.toString(), r.unitPath,
                    Map.of("fromOwner", oldOwner, "toOwner", r.ownerUnit, "fromUnit", oldUnit, "toUnit", r.unitPath,
                            "requestedBy", String.valueOf(requestedBy)));
            outbox.publish("recommendation", r.id.toString(), EventTypes.RECOMMENDATION_REASSIGNED,
                    new RecommendationReassigned(r.unitPath, r.id.toString(), oldOwner, r.ownerUnit, effectiveDate));
        }
        return open.size();
    }

    /** {@code recommendation.reassigned}: no identity, only units and the date of the succession. */
    public record RecommendationReassigned(String unitPath, String recommendationId, String fromOwnerUnit,
            String toOwnerUnit, LocalDate effectiveDate) {
    }
}
