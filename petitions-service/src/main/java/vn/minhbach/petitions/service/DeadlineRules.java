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
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;

/**
 * Finds the time limit in force and computes due dates from it and the working calendar. A clock
 * keeps its start day, so its due date can be counted again when the calendar or the rule is
 * corrected ({@link ClockRecomputer}).
 */
@ApplicationScoped
public class DeadlineRules {

    @Inject
    WorkingCalendar calendar;

    /**
     * The most specific rule in force on {@code on}: exact complexity and area first, then an
     * especially complex case falls back to the complex rule, a complex one to the normal rule, a
     * remote area to the general rule.
     */
    public Optional<DeadlineRule> find(PetitionKind kind, int instance, Deadline phase, Complexity complexity,
            boolean remoteArea, LocalDate on) {
        List<Complexity> complexities = new ArrayList<>();
        complexities.add(complexity);
        if (complexity == Complexity.ESPECIALLY_COMPLEX) {
            complexities.add(Complexity.COMPLEX);
        }
        if (complexity != Complexity.NORMAL) {
            complexities.add(Complexity.NORMAL);
        }
        List<Boolean> areas = remoteArea ? List.of(true, false) : List.of(false);
        // One statement for every candidate in force that day, the preference applied here: it was one
        // statement per (area, complexity) tried, up to six per clock started (docs/benchmarks.md).
        List<DeadlineRule> inForce = DeadlineRule.list("kind = ?1 and instance = ?2 and phase = ?3"
                + " and (effectiveFrom is null or effectiveFrom <= ?4) and (effectiveTo is null or effectiveTo >= ?4)"
                + " order by effectiveFrom desc nulls last, id", kind, instance, phase, on);
        for (Boolean area : areas) {
            for (Complexity c : complexities) {
                Optional<DeadlineRule> rule = inForce.stream()
                        .filter(r -> r.complexity == c && r.remoteArea == area).findFirst();
                if (rule.isPresent()) {
                    return rule;
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the acceptance clock of the petition's instance on {@code start} (receipt). */
    public void startAcceptance(Petition p, LocalDate start) {
        p.acceptanceStart = start;
        p.acceptanceExtensionDays = 0;
        Optional<DeadlineRule> rule = acceptanceRule(p);
        p.acceptanceRuleId = rule.map(r -> r.id).orElse(null);
        WorkingCalendar.Due due = rule.map(r -> acceptanceDue(p, r)).orElse(null);
        p.acceptanceDueDate = due == null ? null : due.date();
        p.acceptanceDueProvisional = due != null && due.provisional();
    }

    /** Starts the resolution clock on {@code start} (acceptance) under the rule in force that day. */
    public void startResolution(Petition p, LocalDate start) {
        p.resolutionStart = start;
        p.extensionDays = 0;
        p.extensionsUsed = 0;
        p.suspendedDays = 0;
        Optional<DeadlineRule> rule = resolutionRule(p);
        p.resolutionRuleId = rule.map(r -> r.id).orElse(null);
        WorkingCalendar.Due due = p.extensionDays == null ? null : rule.map(r -> resolutionDue(p, r)).orElse(null);
        p.resolutionDueDate = due == null ? null : due.date();
        p.resolutionDueProvisional = due != null && due.provisional();
    }

    /** The rule of the running resolution clock: the one in force on the day it started. */
    public Optional<DeadlineRule> resolutionRule(Petition p) {
        LocalDate on = p.resolutionStart != null ? p.resolutionStart : p.acceptedDate;
        return on == null ? Optional.empty()
                : find(p.kind, p.instance, Deadline.RESOLUTION, p.complexity, p.remoteArea, on);
    }

    public Optional<DeadlineRule> acceptanceRule(Petition p) {
        return p.acceptanceStart == null ? Optional.empty()
                : find(p.kind, p.instance, Deadline.ACCEPTANCE, Complexity.NORMAL, false, p.acceptanceStart);
    }

    /** The acceptance due date counted again from its start, rule and extension. */
    public Optional<WorkingCalendar.Due> acceptanceDue(Petition p) {
        return acceptanceRule(p).map(r -> acceptanceDue(p, r));
    }

    private WorkingCalendar.Due acceptanceDue(Petition p, DeadlineRule r) {
        return calendar.count(p.acceptanceStart, r.days + p.acceptanceExtensionDays, r.countUnit);
    }

    /**
     * The resolution due date counted again: the limit plus the extensions granted, each counted from
     * the nominal end of the period it extends (Luật Tố cáo 2018 Đ.30 k.2, k.3), i.e. one count of
     * {@code days + extensions} from the start. Empty when unknown (older clocks extended before the
     * extension days were kept).
     */
    public Optional<WorkingCalendar.Due> resolutionDue(Petition p) {
        if (p.extensionDays == null || p.resolutionStart == null) {
            return Optional.empty();
        }
        return resolutionRule(p).map(r -> resolutionDue(p, r));
    }

    private WorkingCalendar.Due resolutionDue(Petition p, DeadlineRule r) {
        return calendar.count(p.resolutionStart, r.days + p.extensionDays + p.suspendedDays, r.countUnit);
    }
}
