package vn.minhbach.inspections.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.InspectionPlan;
import vn.minhbach.inspections.PlanItem;
import vn.minhbach.inspections.TeamStatus;

/**
 * Reading plans with their items and completion figures (issue 21.4: the queries out of the resources,
 * lists without a query per row): any number of plans in three statements (the plans, their items, the
 * teams of those items), after the page's count.
 */
@ApplicationScoped
public class PlanQueries {

    /** A planned item with the teams set up for it: decided when one was decided, concluded when one concluded. */
    public record ItemProgress(PlanItem item, List<UUID> teamIds, boolean decided, boolean concluded) {
    }

    /** A plan, its items (by quarter, then description) and how many of them were decided and concluded. */
    public record PlanProgress(InspectionPlan plan, List<ItemProgress> items, int decided, int concluded,
            int percentConcluded) {
    }

    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    /** One plan of the caller's subtree; 404 {@code plan.not-found} otherwise. */
    public InspectionPlan plan(UUID id) {
        return caller.inScope(InspectionPlan.<InspectionPlan>findById(id), p -> p.unitPath, "plan.not-found", id);
    }

    /** Plans of {@code unit}'s subtree, optionally of one year; the latest year first. */
    public Page<PlanProgress> ofSubtree(String unit, Integer year, PageRequest page) {
        Parameters params = Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (year != null) {
            q += " and year = :y";
            params = params.and("y", year);
        }
        Page<InspectionPlan> plans = Pages.of(InspectionPlan.<InspectionPlan>find(q + " order by year desc, unitPath",
                params), page, Function.identity());
        return new Page<>(progress(plans.items()), plans.page(), plans.size(), plans.totalItems());
    }

    /** {@code plan} with its items and completion figures. */
    public PlanProgress progress(InspectionPlan plan) {
        return progress(List.of(plan)).get(0);
    }

    private List<PlanProgress> progress(List<InspectionPlan> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PlanItem>> items = new HashMap<>();
        PlanItem.<PlanItem>list("planId in ?1 order by plannedQuarter, description", plans.stream().map(p -> p.id).toList())
                .forEach(i -> items.computeIfAbsent(i.planId, k -> new ArrayList<>()).add(i));
        Map<UUID, List<TeamOfItem>> teams = teamsOf(items.values().stream().flatMap(List::stream).map(i -> i.id).toList());
        return plans.stream().map(p -> progress(p, items.getOrDefault(p.id, List.of()), teams)).toList();
    }

    private static PlanProgress progress(InspectionPlan plan, List<PlanItem> items, Map<UUID, List<TeamOfItem>> teams) {
        int decided = 0;
        int concluded = 0;
        List<ItemProgress> out = new ArrayList<>();
        for (PlanItem item : items) {
            List<TeamOfItem> ofItem = teams.getOrDefault(item.id, List.of());
            boolean isDecided = ofItem.stream().anyMatch(t -> t.status() != TeamStatus.PLANNED);
            boolean isConcluded = ofItem.stream()
                    .anyMatch(t -> t.status() == TeamStatus.CONCLUDED || t.status() == TeamStatus.PUBLISHED);
            decided += isDecided ? 1 : 0;
            concluded += isConcluded ? 1 : 0;
            out.add(new ItemProgress(item, ofItem.stream().map(TeamOfItem::id).toList(), isDecided, isConcluded));
        }
        int percent = items.isEmpty() ? 0 : Math.round(100f * concluded / items.size());
        return new PlanProgress(plan, out, decided, concluded, percent);
    }

    private record TeamOfItem(UUID id, TeamStatus status) {
    }

    /** The teams (id and status) the caller can see of the items {@code itemIds}, by item, in one statement. */
    private Map<UUID, List<TeamOfItem>> teamsOf(List<UUID> itemIds) {
        Map<UUID, List<TeamOfItem>> teams = new HashMap<>();
        if (!itemIds.isEmpty()) {
            em.createQuery("select t.planItemId, t.id, t.status from Team t where t.planItemId in :items"
                    + " order by t.createdAt, t.id", Object[].class).setParameter("items", itemIds).getResultList()
                    .forEach(row -> teams.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                            .add(new TeamOfItem((UUID) row[1], (TeamStatus) row[2])));
        }
        return teams;
    }
}
