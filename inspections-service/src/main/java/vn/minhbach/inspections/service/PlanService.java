package vn.minhbach.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.PlanItem;
import vn.minhbach.inspections.service.command.PlanCommand;
import vn.minhbach.inspections.service.command.PlanItemCommand;

/** Yearly plans and their items; {@link PlanQueries} reads them with their completion figures. */
@ApplicationScoped
public class PlanService {

    @Inject
    UnitCheck units;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    PlanQueries queries;

    @Transactional
    public InspectionPlan create(PlanCommand command) {
        String unit = command.unitPath() != null ? command.unitPath() : caller.unit();
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("unit.outside-scope", unit);
        }
        units.requireRegistered("unitPath", unit, LocalDate.of(command.year(), 1, 1));
        InspectionPlan p = new InspectionPlan();
        p.id = UUID.randomUUID();
        p.unitPath = unit;
        p.year = command.year();
        p.title = command.title();
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.createdBy = caller.name();
        p.persist();
        if (command.items() != null) {
            command.items().forEach(i -> addItem(p, i));
        }
        audit.record(caller.name(), "plan.created", "inspection-plan", p.id.toString(), p.unitPath,
                Map.of("year", p.year));
        return p;
    }

    @Transactional
    public InspectionPlan addItem(UUID planId, PlanItemCommand command) {
        InspectionPlan p = queries.plan(planId);
        PlanItem item = addItem(p, command);
        audit.record(caller.name(), "plan.item-added", "inspection-plan", p.id.toString(), p.unitPath,
                Map.of("itemId", item.id.toString()));
        return p;
    }

    private PlanItem addItem(InspectionPlan p, PlanItemCommand command) {
        PlanItem item = new PlanItem();
        item.id = UUID.randomUUID();
        item.planId = p.id;
        item.kind = command.kind();
        item.description = command.description();
        item.plannedQuarter = command.plannedQuarter();
        item.persist();
        return item;
    }
}
