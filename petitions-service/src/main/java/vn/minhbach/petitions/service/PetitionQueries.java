package vn.minhbach.petitions.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.chassis.paging.Sort;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.config.PetitionsConfig;

/** Read side: lists, search, due dates, statistics. Every query is limited to the caller's subtree. */
@ApplicationScoped
public class PetitionQueries {

    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    PetitionsConfig config;
    @Inject
    PetitionService petitions;

    /** Who submitted a petition: the token's user name and the role recorded at intake. */
    public record Submitter(String name, String role) {
    }

    public record Filter(PetitionKind kind, PetitionStatus status, Domain domain, String unit, LocalDate from,
            LocalDate to, Boolean overdue, String q, LocalDate asOf) {
    }

    /** The requested subtree, which must lie within the caller's; outside it answers 404 like a missing unit. */
    public String root(String requested) {
        String own = caller.unit();
        if (requested == null || requested.isBlank()) {
            return own;
        }
        if (!UnitPath.isValid(requested) || !UnitPath.within(requested, own)) {
            throw ProblemException.notFound("unit.not-found", requested);
        }
        return requested;
    }

    public PanacheQuery<Petition> search(Filter f) {
        return search(f, null, null, null);
    }

    /** {@code ?sort=} of the petition lists (chassis {@link Sort}); the default is the newest first. */
    public static final Map<String, String> SORTABLE = sortable();
    public static final String DEFAULT_ORDER = "receivedDate desc, number desc";

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("receivedDate", "receivedDate");
        m.put("number", "number");
        m.put("status", "status");
        m.put("kind", "kind");
        m.put("nextDueDate", "nextDueDate");
        m.put("id", "id");
        return m;
    }

    /**
     * The search, narrowed to one submitter's own petitions when {@code submittedBy} is given (an
     * integration client reads back what it sent, issue 19.1), by the client's {@code externalReference},
     * and in the order of {@code sort}.
     */
    public PanacheQuery<Petition> search(Filter f, Submitter submittedBy, String externalReference, String sort) {
        String order = Sort.orderBy(sort, SORTABLE, DEFAULT_ORDER, "id");
        String root = root(f.unit());
        StringBuilder where = new StringBuilder("(unitPath = :u or unitPath like :up)");
        Map<String, Object> params = new HashMap<>();
        params.put("u", root);
        params.put("up", UnitPath.descendantsPattern(root));
        if (f.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.put("status", f.status());
        }
        if (f.domain() != null) {
            where.append(" and array_contains(domains, :domain)");
            params.put("domain", f.domain().name());
        }
        if (f.from() != null) {
            where.append(" and receivedDate >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and receivedDate <= :to");
            params.put("to", f.to());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and nextDueDate < :today");
            params.put("today", f.asOf() == null ? petitions.today() : f.asOf());
        }
        if (f.q() != null && !Texts.likeFragment(f.q()).isEmpty()) {
            where.append(" and id in (select s.id from PetitionSearch s where s.searchText like"
                    + " concat('%', function('f_unaccent', lower(:q)), '%'))");
            params.put("q", Texts.likeFragment(f.q()));
        }
        if (submittedBy != null) {
            where.append(" and submittedBy = :submittedBy and submitterRole = :submitterRole");
            params.put("submittedBy", submittedBy.name());
            params.put("submitterRole", submittedBy.role());
        }
        if (externalReference != null) {
            where.append(" and externalReference = :externalReference");
            params.put("externalReference", externalReference);
        }
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw ProblemException.badRequest("period.invalid", f.from(), f.to());
        }
        return Petition.find(where + " order by " + order, params);
    }

    /** Open petitions of the caller's unit whose running clock ends within {@code days} days from today. */
    public PanacheQuery<Petition> dueSoon(LocalDate asOf, int days) {
        String root = caller.unit();
        return Petition.find("(unitPath = ?1 or unitPath like ?2) and nextDueDate between ?3 and ?4"
                + " order by nextDueDate, number", root, UnitPath.descendantsPattern(root), asOf, asOf.plusDays(days));
    }

    public PanacheQuery<Petition> overdue(LocalDate asOf) {
        String root = caller.unit();
        return Petition.find("(unitPath = ?1 or unitPath like ?2) and nextDueDate < ?3 order by nextDueDate, number",
                root, UnitPath.descendantsPattern(root), asOf);
    }

    public PanacheQuery<Petition> register(String unit) {
        String root = root(unit);
        return Petition.find("(unitPath = ?1 or unitPath like ?2) and (registerComplex = true"
                + " or registerProlonged = true or registerCrowded = true) order by registerDate, number",
                root, UnitPath.descendantsPattern(root));
    }

    /** A petition this citizen submitted from their account, or 404 as for a missing one. */
    public Petition mine(java.util.UUID id) {
        Petition p = Petition.findById(id);
        if (p == null || !"citizen".equals(p.submitterRole) || !caller.name().equals(p.submittedBy)) {
            throw ProblemException.notFound(PetitionService.NOT_FOUND, id);
        }
        return p;
    }

    public PanacheQuery<Petition> mine() {
        return Petition.find("submittedBy = ?1 and submitterRole = 'citizen' order by receivedDate desc, number desc",
                caller.name());
    }

    /** Figures for a unit subtree and an inclusive period; definitions in docs/petitions.md. */
    public Statistics statistics(String unit, LocalDate from, LocalDate to) {
        String root = root(unit);
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("period.invalid", from, to);
        }
        String up = UnitPath.descendantsPattern(root);
        Object[] visits = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(people), 0), count(*) filter (where group_visit)
                  from reception_visit where (unit_path = ?1 or unit_path like ?2) and visit_date between ?3 and ?4
                """).setParameter(1, root).setParameter(2, up).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        // Received in the period, with the status each had on `to` (last transition up to that date).
        String base = """
                with r as (select p.* from petition p
                            where (p.unit_path = ?1 or p.unit_path like ?2) and p.received_date between ?3 and ?4),
                     st as (select distinct on (t.petition_id) t.petition_id, t.to_status
                              from petition_transition t join r on r.id = t.petition_id
                             where t.effective_date <= ?4
                             order by t.petition_id, t.effective_date desc, t.seq desc),
                     reached as (select t.petition_id, t.to_status from petition_transition t
                                   join r on r.id = t.petition_id where t.effective_date <= ?4
                                  group by t.petition_id, t.to_status)
                """;
        Object[] totals = (Object[]) em.createNativeQuery(base + """
                select (select count(*) from r),
                       (select count(*) from reached where to_status = 'ACCEPTED'),
                       (select count(*) from reached where to_status = 'NOT_ACCEPTED'),
                       (select count(*) from reached where to_status = 'TRANSFERRED'),
                       (select count(*) from reached where to_status = 'GUIDED'),
                       (select count(*) from reached where to_status = 'RESOLVED'),
                       (select count(*) from st where to_status in (?5)),
                       (select count(*) from r join st on st.petition_id = r.id
                         where (st.to_status in ('RECEIVED', 'APPEALED') and r.acceptance_due_date < ?6)
                            or (st.to_status in ('ACCEPTED', 'UNDER_VERIFICATION')
                                and r.resolution_due_date < ?6)),
                       (select count(*) from r where r.duplicate_of is not null)
                """).setParameter(1, root).setParameter(2, up).setParameter(3, from).setParameter(4, to)
                .setParameter(5, PetitionStatus.SETTLED.stream().map(Enum::name).toList())
                .setParameter(6, overdueAsOf(to, petitions.today()))
                .getSingleResult();
        Map<String, Long> byKind = grouped(base + "select r.kind, count(*) from r group by r.kind", root, up, from, to);
        Map<String, Long> byChannel = grouped(base + "select r.channel, count(*) from r group by r.channel",
                root, up, from, to);
        Map<String, Long> byDomain = grouped(base + "select d, count(*) from r, unnest(r.domains) d group by d",
                root, up, from, to);
        Number flagged = (Number) em.createNativeQuery("""
                select count(*) from petition where (unit_path = ?1 or unit_path like ?2)
                   and corruption_flagged and flagged_date between ?3 and ?4
                """).setParameter(1, root).setParameter(2, up).setParameter(3, from).setParameter(4, to)
                .getSingleResult();
        Number complexOpen = (Number) em.createNativeQuery("""
                select count(*) from petition p
                 where (p.unit_path = ?1 or p.unit_path like ?2)
                   and (p.register_complex or p.register_prolonged or p.register_crowded) and p.register_date <= ?3
                   and coalesce((select t.to_status from petition_transition t
                                  where t.petition_id = p.id and t.effective_date <= ?3
                                  order by t.effective_date desc, t.seq desc limit 1), 'RECEIVED') not in (?4)
                """).setParameter(1, root).setParameter(2, up).setParameter(3, to)
                .setParameter(4, PetitionStatus.SETTLED.stream().map(Enum::name).toList())
                .getSingleResult();
        long received = n(totals[0]);
        long settled = n(totals[6]);
        return new Statistics(root, from, to, n(visits[0]), n(visits[1]), n(visits[2]), received,
                complete(byKind, PetitionKind.values()), complete(byChannel, vn.minhbach.petitions.Channel.values()),
                complete(byDomain, Domain.values()), n(totals[1]), n(totals[2]), n(totals[3]), n(totals[4]),
                n(totals[5]), settled, received - settled, n(totals[7]), n(flagged), n(complexOpen), n(totals[8]));
    }

    /**
     * The day overdue is judged on: the period's last day, but never later than today. A clock that
     * ends tomorrow is not overdue today, even when the period asked for runs into next month.
     */
    static LocalDate overdueAsOf(LocalDate to, LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String sql, String root, String up, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, root).setParameter(2, up)
                .setParameter(3, from).setParameter(4, to).getResultList();
        Map<String, Long> out = new HashMap<>();
        rows.forEach(r -> out.put(String.valueOf(r[0]), n(r[1])));
        return out;
    }

    private static Map<String, Long> complete(Map<String, Long> counts, Enum<?>[] keys) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Enum<?> k : keys) {
            out.put(k.name(), counts.getOrDefault(k.name(), 0L));
        }
        return out;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static List<String> names(Enum<?>... values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name());
        }
        return out;
    }
}
