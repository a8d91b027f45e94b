package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.config.PetitionsConfig;

/**
 * Likely duplicates: same petitioner (fingerprint index) or similar subject and content
 * (accent-folded trigram similarity, GIN index), within the same district. Score: text similarity,
 * raised to 0.4 + 0.6 × similarity when the petitioner is the same.
 * <p>Intake asks only for the same petitioner: an exact, indexed match whose cost does not grow with
 * the district's petitions. Text similarity has to recheck every candidate's text, and Vietnamese
 * petitions share so many common words that most of a district's petitions are candidates (measured:
 * 1,750 of 3,700 rechecked at about 55 µs each, 100 ms of CPU per intake), so it is done when someone
 * reads the suggestions ({@code GET /petitions/{id}/duplicates}), bounded to petitions received
 * within a year of this one and to the first {@value #TEXT_CANDIDATES} text candidates.
 * <p>Suggestions are a view of other people's petitions: every search is bounded to the part of the
 * district that the asking official's own unit covers ({@link #searchRoot}), so a ward official never
 * learns of a petition filed in a neighbouring ward, and nobody without an official unit gets any.
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Upper bound of text candidates rechecked per search, whatever the size of a petition campaign. */
    static final int TEXT_CANDIDATES = 200;

    @Inject
    EntityManager em;
    @Inject
    PetitionsConfig config;

    /** Same petitioner or similar text, for a stored petition, as seen by an official of {@code callerUnit}. */
    public List<DuplicateSuggestion> suggest(Petition p, List<String> fingerprints, String callerUnit) {
        return suggest(p.id, p.unitPath, p.receivedDate, p.subjectDescription, p.subjectUnit, p.content,
                fingerprints, true, callerUnit);
    }

    /**
     * Same petitioner only: the cheap, exact part, for a petition not yet stored (intake), as seen by
     * an official of {@code callerUnit}.
     */
    public List<DuplicateSuggestion> samePetitioner(UUID petitionId, String unitPath, LocalDate received,
            String subjectDescription, String subjectUnit, String content, List<String> fingerprints,
            String callerUnit) {
        return suggest(petitionId, unitPath, received, subjectDescription, subjectUnit, content, fingerprints, false,
                callerUnit);
    }

    /**
     * Where to look: the petition's district, narrowed to the caller's own subtree when that lies
     * inside it; empty when the caller's unit and the district do not overlap.
     */
    static Optional<String> searchRoot(String unitPath, String callerUnit) {
        String district = district(unitPath);
        if (callerUnit == null) {
            return Optional.empty();
        }
        if (UnitPath.within(callerUnit, district)) {
            return Optional.of(callerUnit);
        }
        return UnitPath.within(district, callerUnit) ? Optional.of(district) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private List<DuplicateSuggestion> suggest(UUID petitionId, String unitPath, LocalDate received,
            String subjectDescription, String subjectUnit, String content, List<String> fingerprints,
            boolean similarText, String callerUnit) {
        Optional<String> root = searchRoot(unitPath, callerUnit);
        if (root.isEmpty()) {
            return List.of();
        }
        String district = root.get();
        String text = subjectDescription + " " + (subjectUnit == null ? "" : subjectUnit) + " " + content;
        String fps = "{" + String.join(",", fingerprints) + "}";
        String textCandidates = !similarText ? "" : """
                    (select p.id from petition p, q
                      where (p.unit_path = ?3 or p.unit_path like ?4)
                        and p.received_date between cast(?6 as date) - 365 and cast(?6 as date) + 365
                        and p.search_text % q.t and p.id <> ?2
                      limit\s""" + TEXT_CANDIDATES + """
                    )
                    union
                """;
        // The candidates are computed first (MATERIALIZED) and each looked up by its id (LATERAL, kept
        // from being flattened into a join by OFFSET 0): a
        // handful of rows from the fingerprint index (and, when reading, the trigram index), whatever
        // the statistics say. Inlined, the planner could start from the district's
        // petitions instead and probe the petitioner index once per petition: with statistics taken
        // while the table was small, an intake cost 60 ms of database time at 11,000 petitions and
        // grew with each one (docs/benchmarks.md).
        var query = em.createNativeQuery("""
                with q as (select f_unaccent(lower(cast(?1 as text))) as t),
                candidates as materialized (
                """ + textCandidates + """
                    select x.petition_id as id from petitioner x
                     where x.fingerprint = any(cast(?5 as varchar[])) and x.petition_id <> ?2)
                select p.id, p.number, similarity(p.search_text, q.t) as sim,
                       exists (select 1 from petitioner x where x.petition_id = p.id
                                  and x.fingerprint = any(cast(?5 as varchar[]))) as same
                  from (select distinct id from candidates) c
                  cross join lateral (select p.id, p.number, p.search_text from petition p where p.id = c.id
                                        and (p.unit_path = ?3 or p.unit_path like ?4) offset 0) p, q
                 order by same desc, sim desc
                 limit 50
                """)
                .setParameter(1, text)
                .setParameter(2, petitionId)
                .setParameter(3, district)
                .setParameter(4, district + ".%")
                .setParameter(5, fps);
        if (similarText) {
            query.setParameter(6, received);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> {
            double sim = ((Number) r[2]).doubleValue();
            boolean same = (Boolean) r[3];
            double score = same ? 0.4 + 0.6 * sim : sim;
            return new DuplicateSuggestion((UUID) r[0], (String) r[1], Math.round(score * 1000) / 1000.0, same,
                    Math.round(sim * 1000) / 1000.0);
        }).filter(s -> s.score() >= config.duplicateThreshold())
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .limit(10)
                .toList();
    }

    /** Duplicates are looked for within the district (first two levels of the unit path). */
    static String district(String unitPath) {
        String[] parts = unitPath.split("\\.");
        return parts.length <= 2 ? unitPath : parts[0] + "." + parts[1];
    }
}
