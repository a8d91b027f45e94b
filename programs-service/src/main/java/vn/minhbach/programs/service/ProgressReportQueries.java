package vn.minhbach.programs.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.persistence.Pages;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.programs.ProgressReport;

/** The list of progress reports; one report is {@link ProgressService#report}. */
@ApplicationScoped
public class ProgressReportQueries {

    /** Reports of {@code unit}'s subtree, optionally of one task and of one status, by id. */
    public Page<ProgressReport> ofSubtree(String unit, Long taskId, ProgressReport.Status status, PageRequest page) {
        StringBuilder q = new StringBuilder("(unitPath = :u or unitPath like :p)");
        Map<String, Object> params = new HashMap<>();
        params.put("u", unit);
        params.put("p", UnitPath.descendantsPattern(unit));
        if (taskId != null) {
            q.append(" and taskId = :t");
            params.put("t", taskId);
        }
        if (status != null) {
            q.append(" and status = :s");
            params.put("s", status);
        }
        return Pages.of(ProgressReport.<ProgressReport>find(q + " order by id", params), page, Function.identity());
    }
}
