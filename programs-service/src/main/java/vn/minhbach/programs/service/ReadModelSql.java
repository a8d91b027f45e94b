package vn.minhbach.programs.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import vn.minhbach.chassis.security.UnitPath;

/**
 * The report's typed query layer over the read model: the unit-subtree condition, the parameters a
 * report query may use (each with its meaning and its value for a unit and a {@link PeriodSplit}), and
 * the conversions of result columns. A query is bound from the parameters it declares (Hibernate parses
 * them), so no parameter is bound by pattern matching and an undeclared name fails at once.
 */
final class ReadModelSql {

    private ReadModelSql() {
    }

    /**
     * The unit subtree (the unit or below it: {@code u} or {@code u.%}) as one condition that is not an
     * OR, so the planner takes an index-only range scan on the unit prefix instead of OR-ing two bitmap
     * scans that must visit the table: {@code 01.021%} bounds the scan, the second LIKE drops look-alikes
     * such as {@code 01.0211}.
     */
    static String inSubtree(String column) {
        return column + " like :q and (" + column + " || '.') like :p";
    }

    /** {@link #inSubtree} on the column {@code unit_path}. */
    static final String IN_SUBTREE = inSubtree("unit_path");

    /** The parameters of the report's queries, by the name they have in the SQL. */
    enum Param {
        /** the unit */
        u((unit, s) -> unit),
        /** the unit as a LIKE prefix */
        q((unit, s) -> unit + "%"),
        /** the unit's descendants as a LIKE pattern */
        p((unit, s) -> UnitPath.descendantsPattern(unit)),
        f((unit, s) -> s.from()),
        t((unit, s) -> s.to()),
        /** the whole months, read from the month rows */
        mf((unit, s) -> s.monthsFrom()),
        mt((unit, s) -> s.monthsTo()),
        /** the partial first month, from the fact rows */
        hf((unit, s) -> s.headFrom()),
        ht((unit, s) -> s.headTo()),
        /** the partial last month, from the fact rows */
        tf((unit, s) -> s.tailFrom()),
        tt((unit, s) -> s.tailTo()),
        /** the last month whose settled month cells count */
        sm((unit, s) -> s.settledMonthMax()),
        /** settled in [first day of to's month, to] when to ends mid-month */
        lf((unit, s) -> s.lateFrom()),
        lt((unit, s) -> s.lateTo()),
        /** first days of the months of from and of to */
        fms((unit, s) -> s.firstMonth()),
        lms((unit, s) -> s.lastMonth()),
        /** the days of from's month before from, and of to's month after to */
        bf((unit, s) -> s.daysBefore()[0]),
        bt((unit, s) -> s.daysBefore()[1]),
        af((unit, s) -> s.daysAfter()[0]),
        at((unit, s) -> s.daysAfter()[1]);

        private final BiFunction<String, PeriodSplit, Object> value;

        Param(BiFunction<String, PeriodSplit, Object> value) {
            this.value = value;
        }

        Object value(String unit, PeriodSplit split) {
            return value.apply(unit, split);
        }
    }

    /** A native query over the unit subtree and the split period, bound from the parameters it declares. */
    static Query query(EntityManager em, String sql, String unit, PeriodSplit split) {
        Query query = em.createNativeQuery(sql);
        for (Parameter<?> declared : query.getParameters()) {
            query.setParameter(declared.getName(), Param.valueOf(declared.getName()).value(unit, split));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }

    static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(o.toString());
    }

    /** The distinct, non-blank values of a comma-separated aggregate, sorted. */
    static List<String> values(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return List.copyOf(new TreeSet<>(Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList()));
    }
}
