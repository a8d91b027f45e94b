package vn.minhbach.chassis.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An immutable snapshot of the registry and the rules every service applies to it: whether a unit
 * exists on a day, what replaced it, the directory's filters. Pure: tested without a container.
 */
public final class UnitDirectory {

    /** The outcome of checking a unit path on a business date. */
    public sealed interface Verdict {
        record Valid(Unit unit) implements Verdict { }
        /** Registered nowhere (and not an accepted test fixture). */
        record Unknown(String path) implements Verdict { }
        /** Registered, but created after the date. */
        record NotYetValid(Unit unit) implements Verdict { }
        /** Registered, retired before the date; {@code successors} took over. */
        record Retired(Unit unit, List<Unit> successors) implements Verdict { }
        /** Not registered but accepted by {@code minhbach.units.unregistered-pattern} (tests only). */
        record Fixture(String path) implements Verdict { }
    }

    private final Map<String, Unit> units;
    private final Pattern fixtures;

    public UnitDirectory(Collection<Unit> units, Optional<String> unregisteredPattern) {
        Map<String, Unit> byPath = new TreeMap<>();
        units.forEach(u -> byPath.put(u.path(), u));
        this.units = Collections.unmodifiableMap(byPath);
        this.fixtures = unregisteredPattern.filter(p -> !p.isBlank()).map(Pattern::compile).orElse(null);
    }

    public Optional<Unit> find(String path) {
        return Optional.ofNullable(path == null ? null : units.get(path));
    }

    public int size() {
        return units.size();
    }

    public Verdict check(String path, LocalDate day) {
        Unit unit = path == null ? null : units.get(path);
        if (unit == null) {
            return fixtures != null && path != null && fixtures.matcher(path).matches()
                    ? new Verdict.Fixture(path) : new Verdict.Unknown(path);
        }
        if (unit.validFrom() != null && day.isBefore(unit.validFrom())) {
            return new Verdict.NotYetValid(unit);
        }
        if (unit.retiredOn(day)) {
            return new Verdict.Retired(unit, successorsOf(unit));
        }
        return new Verdict.Valid(unit);
    }

    /** The registered successors of a retired unit, in the order the registry lists them. */
    public List<Unit> successorsOf(Unit unit) {
        return unit.successors().stream().map(units::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Units that name {@code path} as a successor: where its territory and work came from. */
    public List<Unit> predecessorsOf(String path) {
        return units.values().stream().filter(u -> u.successors().contains(path)).toList();
    }

    /** Units directly below {@code path} (valid on {@code day} when given). */
    public List<Unit> children(String path, LocalDate day) {
        return units.values().stream().filter(u -> path.equals(u.parent()))
                .filter(u -> day == null || u.validOn(day)).toList();
    }

    /**
     * The directory's filters: valid on {@code at} (all days when null), name containing {@code q}
     * accent- and case-insensitively, of {@code level}, directly below {@code parent}. Sorted by path.
     */
    public List<Unit> search(LocalDate at, String q, Unit.Level level, String parent) {
        String folded = q == null || q.isBlank() ? null : UnitText.fold(q);
        Predicate<Unit> keep = u -> (at == null || u.validOn(at))
                && (folded == null || UnitText.fold(u.name()).contains(folded))
                && (level == null || u.level() == level)
                && (parent == null || parent.equals(u.parent()));
        return new ArrayList<>(units.values().stream().filter(keep).toList());
    }

    public Collection<Unit> all() {
        return units.values();
    }
}
