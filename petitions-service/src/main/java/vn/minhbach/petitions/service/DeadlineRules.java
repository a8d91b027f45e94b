package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.minhbach.petitions.Complexity;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.PetitionKind;

/** Finds the applicable time limit and computes due dates from it and the working calendar. */
@ApplicationScoped
public class DeadlineRules {

    @Inject
    WorkingCalendar calendar;

    /**
     * The most specific rule: exact complexity and area first, then an especially complex case falls
     * back to the complex rule, a complex one to the normal rule, a remote area to the general rule.
     */
    public Optional<DeadlineRule> find(PetitionKind kind, int instance, Deadline phase, Complexity complexity,
            boolean remoteArea) {
        List<Complexity> complexities = new ArrayList<>();
        complexities.add(complexity);
        if (complexity == Complexity.ESPECIALLY_COMPLEX) {
            complexities.add(Complexity.COMPLEX);
        }
        if (complexity != Complexity.NORMAL) {
            complexities.add(Complexity.NORMAL);
        }
        List<Boolean> areas = remoteArea ? List.of(true, false) : List.of(false);
        for (Boolean area : areas) {
            for (Complexity c : complexities) {
                Optional<DeadlineRule> rule = DeadlineRule.find(
                        "kind = ?1 and instance = ?2 and phase = ?3 and complexity = ?4 and remoteArea = ?5",
                        kind, instance, phase, c, area).firstResultOptional();
                if (rule.isPresent()) {
                    return rule;
                }
            }
        }
        return Optional.empty();
    }

    /** Due date of {@code rule} counted from {@code start}, or null when no rule applies. */
    public LocalDate due(Optional<DeadlineRule> rule, LocalDate start) {
        return rule.map(r -> calendar.addDays(start, r.days, r.countUnit)).orElse(null);
    }
}
