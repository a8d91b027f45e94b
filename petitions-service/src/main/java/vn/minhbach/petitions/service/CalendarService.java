package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.CalendarDay;
import vn.minhbach.petitions.CalendarYear;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.service.command.DeadlineRuleInput;
import vn.minhbach.petitions.service.command.HolidayInput;

/**
 * Administrator-maintained data: the official holiday tables and the deadline rules. Publishing or
 * correcting either recomputes the running clocks it affects, in the same transaction.
 */
@ApplicationScoped
public class CalendarService {

    /** Source recorded when an administrator publishes a year without naming the notice. */
    public static final String NO_SOURCE = "Quản trị viên nhập, chưa dẫn văn bản";

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    WorkingCalendar calendar;
    @Inject
    ClockRecomputer clocks;
    @Inject
    EntityManager em;

    public record Published(List<CalendarDay> days, Set<LocalDate> changedDays, int clocksChanged) {
    }

    /**
     * Publishes {@code year} as official (replacing the provisional table or an earlier official one)
     * and recomputes every running clock whose counting window touches a day that changed.
     */
    @Transactional
    public Published replaceYear(int year, List<HolidayInput> days, String source) {
        for (HolidayInput d : days) {
            if (d.day().getYear() != year) {
                throw ProblemException.unprocessable("calendar.day.outside-year", d.day(), year);
            }
        }
        Map<LocalDate, Long> counts = days.stream()
                .collect(Collectors.groupingBy(HolidayInput::day, Collectors.counting()));
        counts.forEach((day, n) -> {
            if (n > 1) {
                throw ProblemException.unprocessable("calendar.day.repeated", day);
            }
        });
        // serialise publications: two administrators publishing at once recompute one after the other
        em.createNativeQuery("lock table calendar_year in share row exclusive mode").executeUpdate();
        boolean wasOfficial = calendar.isOfficial(year);
        Map<LocalDate, CalendarDay.Kind> before = new HashMap<>();
        calendar.year(year).forEach(e -> before.put(e.day(), e.kind()));
        String yearSource = source == null || source.isBlank() ? NO_SOURCE : source.trim();
        CalendarDay.delete("year", year);
        CalendarDay.flush();
        Map<LocalDate, CalendarDay.Kind> after = new HashMap<>();
        for (HolidayInput d : days) {
            CalendarDay row = new CalendarDay();
            row.day = d.day();
            row.year = year;
            row.kind = d.kind();
            row.name = d.name();
            row.source = d.source() == null || d.source().isBlank() ? yearSource : d.source().trim();
            row.persist();
            after.put(d.day(), d.kind());
        }
        CalendarYear y = CalendarYear.findById(year);
        if (y == null) {
            y = new CalendarYear();
            y.year = year;
        }
        y.status = CalendarYear.Status.OFFICIAL.name();
        y.source = yearSource;
        y.publishedBy = caller.name();
        y.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        y.persist();
        CalendarDay.flush();
        Set<LocalDate> changed = new TreeSet<>();
        before.forEach((day, kind) -> {
            if (!Objects.equals(after.get(day), kind)) {
                changed.add(day);
            }
        });
        after.forEach((day, kind) -> {
            if (!Objects.equals(before.get(day), kind)) {
                changed.add(day);
            }
        });
        String reason = (wasOfficial ? "calendar " + year + " corrected" : "calendar " + year + " published as official")
                + " (" + yearSource + ")";
        // every clock counted through the year: the basis becomes official even where no day changed
        int moved = clocks.touching(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), reason);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("days", days.size());
        details.put("previously", wasOfficial ? "OFFICIAL" : "PROVISIONAL");
        details.put("changedDays", changed.stream().map(LocalDate::toString).toList());
        details.put("source", yearSource);
        details.put("clocksChanged", moved);
        audit.record(caller.name(), wasOfficial ? "calendar.year-corrected" : "calendar.year-published", "calendar",
                Integer.toString(year), null, details);
        return new Published(CalendarDay.list("year = ?1 order by day", year), changed, moved);
    }

    @Transactional
    public DeadlineRule saveRule(Long id, DeadlineRuleInput in) {
        DeadlineRule rule;
        if (id == null) {
            rule = new DeadlineRule();
        } else {
            rule = DeadlineRule.findById(id);
            if (rule == null) {
                throw ProblemException.notFound("deadline-rule.not-found", id);
            }
        }
        if (in.effectiveFrom() != null && in.effectiveTo() != null && in.effectiveTo().isBefore(in.effectiveFrom())) {
            throw ProblemException.unprocessable("deadline-rule.period", in.effectiveFrom(), in.effectiveTo());
        }
        if (in.extensionDays() == 0 && in.maxExtensions() > 0) {
            throw ProblemException.unprocessable("deadline-rule.extension-days");
        }
        // one rule in force per kind × instance × phase × complexity × area on any day
        em.createNativeQuery("lock table deadline_rule in share row exclusive mode").executeUpdate();
        List<DeadlineRule> same = DeadlineRule.list("kind = ?1 and instance = ?2 and phase = ?3 and complexity = ?4"
                + " and remoteArea = ?5 and id <> ?6", in.kind(), in.instance(), in.phase(),
                in.complexity(), in.remoteArea(), id == null ? -1L : id);
        for (DeadlineRule other : same) {
            boolean overlaps = (in.effectiveTo() == null || other.effectiveFrom == null
                    || !in.effectiveTo().isBefore(other.effectiveFrom))
                    && (in.effectiveFrom() == null || other.effectiveTo == null
                    || !in.effectiveFrom().isAfter(other.effectiveTo));
            if (overlaps) {
                throw ProblemException.conflict("deadline-rule.overlap", other.id,
                        other.effectiveFrom == null ? "…" : other.effectiveFrom,
                        other.effectiveTo == null ? "…" : other.effectiveTo);
            }
        }
        vn.minhbach.petitions.PetitionKind oldKind = rule.kind;
        int oldInstance = rule.instance;
        vn.minhbach.petitions.Deadline oldPhase = rule.phase;
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
        rule.effectiveFrom = in.effectiveFrom();
        rule.effectiveTo = in.effectiveTo();
        rule.persist();
        DeadlineRule.flush();
        String reason = "deadline rule " + rule.id + (id == null ? " created" : " corrected") + " (" + in.legalBasis() + ")";
        int moved = clocks.ofRule(in.kind(), in.instance(), in.phase(), reason);
        if (oldKind != null && (oldKind != in.kind() || oldInstance != in.instance() || oldPhase != in.phase())) {
            moved += clocks.ofRule(oldKind, oldInstance, oldPhase, reason);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", in.kind().name());
        details.put("phase", in.phase().name());
        details.put("days", in.days());
        details.put("countUnit", in.countUnit().name());
        details.put("effectiveFrom", String.valueOf(in.effectiveFrom()));
        details.put("effectiveTo", String.valueOf(in.effectiveTo()));
        details.put("clocksChanged", moved);
        audit.record(caller.name(), id == null ? "deadline-rule.created" : "deadline-rule.updated", "deadline-rule",
                rule.id.toString(), null, details);
        return rule;
    }
}
