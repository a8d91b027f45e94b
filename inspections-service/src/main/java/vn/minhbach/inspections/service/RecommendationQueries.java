package vn.minhbach.inspections.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.inspections.Recommendation;
import vn.minhbach.inspections.RecommendationStatus;
import vn.minhbach.inspections.RecommendationUpdate;

/**
 * Reading recommendations and their follow-up (issue 21.4: the queries out of the resources). A
 * recommendation is visible to officials of its team's unit subtree and of its owner unit's subtree.
 */
@ApplicationScoped
public class RecommendationQueries {

    /** The statuses still waiting for implementation. */
    static final List<RecommendationStatus> OUTSTANDING = List.of(RecommendationStatus.OPEN,
            RecommendationStatus.IN_PROGRESS, RecommendationStatus.PARTIALLY_IMPLEMENTED);

    @Inject
    Caller caller;

    /** One recommendation the caller may read; 404 {@code recommendation.not-found} otherwise. */
    public Recommendation recommendation(UUID id) {
        Recommendation r = Recommendation.findById(id);
        if (r == null || !(caller.covers(r.unitPath) || caller.covers(r.ownerUnit))) {
            throw ProblemException.notFound("recommendation.not-found", id);
        }
        return r;
    }

    /**
     * Recommendations of the teams of {@code unit}'s subtree, optionally of one status, or only those
     * overdue on {@code today}; by due date.
     */
    public Page<Recommendation> ofSubtree(String unit, RecommendationStatus status, boolean overdue, LocalDate today,
            PageRequest page) {
        Parameters params = Parameters.with("u", unit).and("p", UnitPath.descendantsPattern(unit));
        String q = "(unitPath = :u or unitPath like :p)";
        if (status != null) {
            q += " and status = :s";
            params = params.and("s", status);
        }
        if (overdue) {
            q += " and dueDate < :today and status in :outstanding";
            params = params.and("today", today).and("outstanding", OUTSTANDING);
        }
        return Pages.of(Recommendation.<Recommendation>find(q + " order by dueDate, id", params), page,
                Function.identity());
    }

    /** Open or in-progress recommendations whose owner unit lies in {@code unit}'s subtree; by due date. */
    public Page<Recommendation> openForOwner(String unit, PageRequest page) {
        List<RecommendationStatus> open = List.of(RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS);
        return Pages.of(Recommendation.<Recommendation>find(
                "(ownerUnit = ?1 or ownerUnit like ?2) and status in ?3 order by dueDate, id", unit,
                UnitPath.descendantsPattern(unit), open), page, Function.identity());
    }

    /** The dated updates of a recommendation, oldest first. */
    public List<RecommendationUpdate> updates(UUID recommendationId) {
        return RecommendationUpdate.list("recommendationId = ?1 order by updateDate, recordedAt", recommendationId);
    }

    /** The recommendations of a team's conclusion, by due date. */
    public List<Recommendation> ofTeam(UUID teamId) {
        return Recommendation.list("teamId = ?1 order by dueDate, id", teamId);
    }
}
