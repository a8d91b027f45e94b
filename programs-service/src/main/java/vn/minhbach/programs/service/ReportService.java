package vn.minhbach.programs.service;

import static vn.minhbach.programs.service.ReadModelSql.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.programs.service.PeriodReport.CitizenReception;
import vn.minhbach.programs.service.PeriodReport.SourceStatus;

/**
 * Builds the period report from the read model (never calling the other services) and from this
 * service's own program tables. Each part has one class that defines its figures, in SQL over the
 * read model ({@link ReadModelSql}): {@link CitizenReceptionFigures}, {@link InspectionFigures},
 * {@link ProgramWorkFigures}. The read-model figures come from per-unit, per-month aggregates (whole
 * months, read by primary key whatever the size of the subtree) plus the fact rows of the partial
 * first and last month (index-only scans), see {@link PeriodSplit} and Flyway V2. Figures are exactly
 * those of docs/contracts.md.
 */
@ApplicationScoped
public class ReportService {

    /** Initiating levels in the order the narrative reports them. */
    public static final List<String> LEVELS = InspectionFigures.LEVELS;

    @Inject
    EntityManager em;

    @Inject
    SourceLag sourceLag;

    @Inject
    CitizenReceptionFigures citizenReception;

    @Inject
    InspectionFigures inspection;

    @Inject
    ProgramWorkFigures programWork;

    @Transactional
    public PeriodReport periodReport(String unit, LocalDate from, LocalDate to) {
        return new PeriodReport(unit, from, to, OffsetDateTime.now(ZoneOffset.UTC), sources(),
                citizenReception.figures(unit, from, to), inspection.figures(unit, from, to),
                programWork.programWork(unit, from, to), programWork.review(unit, from, to));
    }

    @Transactional
    public List<SourceStatus> sources() {
        List<Object[]> rows = ReadModelSql.rows(em.createNativeQuery("select source, topic, events_applied,"
                + " duplicates_skipped, last_event_time, last_applied_at from rm_source order by source"));
        Map<String, Long> lags = sourceLag.lags(rows.stream().map(r -> (String) r[1]).toList());
        List<SourceStatus> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new SourceStatus((String) r[0], (String) r[1], num(r[2]), num(r[3]), time(r[4]), time(r[5]),
                    lags.get((String) r[1])));
        }
        return result;
    }

    /** Citizen reception and petitions of the unit's subtree in the period (also the indicators' source). */
    public CitizenReception citizenReception(String unit, LocalDate from, LocalDate to) {
        return citizenReception.figures(unit, from, to);
    }

    static long num(Object o) {
        return ReadModelSql.num(o);
    }
}
