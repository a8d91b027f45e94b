package vn.minhbach.programs.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.minhbach.chassis.paging.Page;
import vn.minhbach.chassis.paging.PageRequest;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.scope.DatabaseScope;
import vn.minhbach.chassis.time.BusinessClock;
import vn.minhbach.chassis.units.Unit;
import vn.minhbach.chassis.units.UnitDirectory;
import vn.minhbach.chassis.units.UnitRegistry;

/**
 * The reads of the unit directory (danh mục đơn vị): a page of a search, the tree valid on a day, one unit
 * with where it came from and where it went, and its recorded changes. The changes are
 * {@link UnitRegistryService}'s.
 */
@ApplicationScoped
public class UnitQueries {

    /** A unit with the units below it. */
    public record Node(Unit unit, List<Node> children) {
    }

    /** A unit with its predecessors, successors, children and recorded changes, oldest first. */
    public record Detail(Unit unit, List<Unit> predecessors, List<Unit> successors, List<Unit> children,
            List<Change> history) {
    }

    /**
     * One recorded change of a unit (from the audit log: {@code unit.created}, {@code unit.changed},
     * {@code unit.retired}, {@code unit.succession}), oldest first. Seeded rows have none: their
     * {@code source} names the legal basis.
     */
    public record Change(OffsetDateTime at, String action, Long version, String name, String validFrom,
            String validTo, String successors, String handedOverTo) {
    }

    @Inject
    UnitRegistry registry;

    @Inject
    BusinessClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** A page of the units matching the search (valid on {@code at}, name, level, parent). */
    public Page<Unit> page(PageRequest page, LocalDate at, String q, Unit.Level level, String parent) {
        List<Unit> all = registry.directory().search(at, q, level, parent);
        int from = (int) Math.min((long) page.page * page.size, all.size());
        int to = Math.min(from + page.size, all.size());
        return new Page<>(all.subList(from, to), page.page, page.size, all.size());
    }

    /** The units valid on {@code at} (default today) as a tree from {@code root} (default 01). */
    public Node tree(LocalDate at, String root) {
        UnitDirectory d = registry.directory();
        LocalDate day = at == null ? clock.today() : at;
        String top = root == null ? "01" : root;
        Unit unit = d.find(top).orElseThrow(() -> ProblemException.notFound("unit.not-found", top));
        return node(d, unit, day);
    }

    private static Node node(UnitDirectory d, Unit u, LocalDate day) {
        return new Node(u, d.children(u.path(), day).stream().map(c -> node(d, c, day)).toList());
    }

    /** The unit at {@code path} (else 404) with its predecessors, successors, children and history. */
    public Detail detail(String path) {
        UnitDirectory d = registry.directory();
        Unit u = d.find(path).orElseThrow(() -> ProblemException.notFound("unit.not-found", path));
        return new Detail(u, d.predecessorsOf(path), d.successorsOf(u), d.children(path, null), changes(path));
    }

    /** The unit at {@code path}, if the directory has it. */
    public Optional<Unit> find(String path) {
        return registry.directory().find(path);
    }

    public List<Change> changes(String path) {
        // The directory and its history are public (GET /api/v1/public/units): an official reads a unit's
        // history outside their own subtree too, so the audit entries are read in the system scope.
        return DatabaseScope.asSystem(() -> readChanges(path));
    }

    private List<Change> readChanges(String path) {
        String sql = "select at, action, details::text from audit_log where entity_type = ? and entity_id = ?"
                + " and action in ('unit.created', 'unit.changed', 'unit.retired', 'unit.succession') order by id";
        List<Change> out = new ArrayList<>();
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(sql)) {
            q.setString(1, UnitRegistryService.AGGREGATE);
            q.setString(2, path);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    var d = mapper.readTree(rs.getString(3));
                    out.add(new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                            d.hasNonNull("version") ? d.get("version").asLong() : null, text(d, "name"),
                            text(d, "validFrom"), text(d, "validTo"), text(d, "successors"), text(d, "to")));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("unit history not read", e);
        }
        return out;
    }

    private static String text(JsonNode d, String field) {
        String v = d.hasNonNull(field) ? d.get(field).asText() : null;
        return v == null || v.isBlank() || "null".equals(v) ? null : v;
    }
}
