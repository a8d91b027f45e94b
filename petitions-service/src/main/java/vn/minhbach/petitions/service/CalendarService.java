package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.CalendarDay;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.rest.PetitionRequests.DeadlineRuleInput;
import vn.minhbach.petitions.rest.PetitionRequests.HolidayInput;

/** Administrator-maintained data: the holiday table and the deadline rules. */
@ApplicationScoped
public class CalendarService {

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    /** Replaces one year's table. Due dates already computed keep their value (they were notified). */
    @Transactional
    public List<CalendarDay> replaceYear(int year, List<HolidayInput> days) {
        for (HolidayInput d : days) {
            if (d.day().getYear() != year) {
                throw ProblemException.unprocessable("calendar.day.outsideYear", d.day(), year);
            }
        }
        Map<java.time.LocalDate, Long> counts = days.stream()
                .collect(Collectors.groupingBy(HolidayInput::day, Collectors.counting()));
        counts.forEach((day, n) -> {
            if (n > 1) {
                throw ProblemException.unprocessable("calendar.day.repeated", day);
            }
        });
        CalendarDay.delete("year", year);
        CalendarDay.flush();
        for (HolidayInput d : days) {
            CalendarDay row = new CalendarDay();
            row.day = d.day();
            row.year = year;
            row.kind = d.kind();
            row.name = d.name();
            row.persist();
        }
        audit.record(caller.name(), "calendar.year-replaced", "calendar", Integer.toString(year), null,
                Map.of("days", days.size()));
        return CalendarDay.list("year = ?1 order by day", year);
    }

    @Transactional
    public DeadlineRule saveRule(Long id, DeadlineRuleInput in) {
        DeadlineRule rule;
        if (id == null) {
            rule = new DeadlineRule();
        } else {
            rule = DeadlineRule.findById(id);
            if (rule == null) {
                throw ProblemException.notFound("deadlineRule.notFound", id);
            }
        }
        long clash = DeadlineRule.count("kind = ?1 and instance = ?2 and phase = ?3 and complexity = ?4"
                + " and remoteArea = ?5 and id <> ?6", in.kind(), in.instance(), in.phase(),
                in.complexity(), in.remoteArea(), id == null ? -1L : id);
        if (clash > 0) {
            throw ProblemException.conflict("deadlineRule.duplicate", in.kind(), in.phase(), in.complexity());
        }
        if (in.extensionDays() == 0 && in.maxExtensions() > 0) {
            throw ProblemException.unprocessable("deadlineRule.extensionDays");
        }
        rule.kind = in.kind();
        rule.instance = in.instance();
        rule.phase = in.phase();
        rule.complexity = in.complexity();
        rule.remoteArea = in.remoteArea();
        rule.days = in.days();
        rule.countUnit = in.countUnit();
        rule.maxExtensions = in.maxExtensions();
        rule.extensionDays = in.extensionDays();
        rule.legalBasis = in.legalBasis();
        rule.persist();
        DeadlineRule.flush();
        audit.record(caller.name(), id == null ? "deadline-rule.created" : "deadline-rule.updated", "deadline-rule",
                rule.id.toString(), null, Map.of("kind", in.kind().name(), "phase", in.phase().name(),
                        "days", in.days(), "countUnit", in.countUnit().name()));
        return rule;
    }
}
