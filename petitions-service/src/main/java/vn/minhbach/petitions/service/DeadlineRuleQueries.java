package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.DeadlineRule;

/** Read side of the deadline rules. */
@ApplicationScoped
public class DeadlineRuleQueries {

    public List<DeadlineRule> all() {
        return DeadlineRule.list("order by kind, instance, phase, complexity, remoteArea, effectiveFrom nulls first");
    }

    public Optional<DeadlineRule> find(Long id) {
        return DeadlineRule.findByIdOptional(id);
    }

    /** The rule, or 404. */
    public DeadlineRule get(Long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("deadline-rule.not-found", String.valueOf(id)));
    }
}
