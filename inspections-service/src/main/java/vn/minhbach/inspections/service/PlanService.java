package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.PlanItem;
import vn.minhbach.inspections.Team;
import vn.minhbach.inspections.TeamStatus;
import vn.minhbach.inspections.rest.PlanItemRequest;
import vn.minhbach.inspections.rest.PlanRequest;
import vn.minhbach.inspections.rest.PlanResponse;

/** Yearly plans, their items and completion figures. */
@ApplicationScoped
public class PlanService {

    @jakarta.inject.Inject
    vn.minhbach.chassis.units.UnitCheck units;

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    public InspectionPlan plan(UUID id) {
        InspectionPlan p = InspectionPlan.findById(id);
        if (p == null) {
            throw ProblemException.notFound("plan.not-found", id);
        }
        caller.requireScope(p.unitPath, "plan.not-found", id);
        return p;
    }

    @Transactional
    public InspectionPlan create(PlanRequest request) {
        String unit = request.unitPath() != null ? request.unitPath() : caller.unit();
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("unit.outside-scope", unit);
        }
        units.requireRegistered("unitPath", unit, java.time.LocalDate.of(request.year(), 1, 1));
        InspectionPlan p = new InspectionPlan();
        p.id = UUID.randomUUID();
        p.unitPath = unit;
        p.year = request.year();
        p.title = request.title();
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.createdBy = caller.name();
        p.persist();
        if (request.items() != null) {
            request.items().forEach(i -> addItem(p, i));
        }
        audit.record(caller.name(), "plan.created", "inspection-plan", p.id.toString(), p.unitPath,
                Map.of("year", p.year));
        return p;
    }

    @Transactional
    public InspectionPlan addItem(UUID planId, PlanItemRequest request) {
        InspectionPlan p = plan(planId);
        PlanItem item = addItem(p, request);
        audit.record(caller.name(), "plan.item-added", "inspection-plan", p.id.toString(), p.unitPath,
                Map.of("itemId", item.id.toString()));
        return p;
    }

    private PlanItem addItem(InspectionPlan p, PlanItemRequest request) {
        PlanItem item = new PlanItem();
        item.id = UUID.randomUUID();
        item.planId = p.id;
        item.kind = request.kind();
        item.description = request.description();
        item.plannedQuarter = request.plannedQuarter();
        item.persist();
        return item;
    }

    public PlanResponse response(InspectionPlan p) {
        List<PlanItem> items = PlanItem.list("planId = ?1 order by plannedQuarter, description", p.id);
        int decided = 0;
        int concluded = 0;
        List<PlanResponse.Item> out = new java.util.ArrayList<>();
        for (PlanItem item : items) {
            List<Team> teams = Team.list("planItemId = ?1", item.id);
            boolean isDecided = teams.stream().anyMatch(t -> t.status != TeamStatus.PLANNED);
            boolean isConcluded = teams.stream()
                    .anyMatch(t -> t.status == TeamStatus.CONCLUDED || t.status == TeamStatus.PUBLISHED);
            decided += isDecided ? 1 : 0;
            concluded += isConcluded ? 1 : 0;
            out.add(new PlanResponse.Item(item.id, item.kind, item.description, item.plannedQuarter,
                    teams.stream().map(t -> t.id).toList(), isDecided, isConcluded));
        }
        int percent = items.isEmpty() ? 0 : Math.round(100f * concluded / items.size());
        return new PlanResponse(p.id, p.unitPath, p.year, p.title, out,
                new PlanResponse.Completion(items.size(), decided, concluded, percent));
    }
}
