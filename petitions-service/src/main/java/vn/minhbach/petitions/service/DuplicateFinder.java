package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.config.PetitionsConfig;
import vn.minhbach.petitions.rest.PetitionViews.DuplicateSuggestion;

/**
 * Likely duplicates at intake: same petitioner (fingerprint index) or similar subject and content
 * (accent-folded trigram similarity, GIN index), within the same district. Score: text similarity,
 * raised to 0.4 + 0.6 × similarity when the petitioner is the same.
 */
@ApplicationScoped
public class DuplicateFinder {

    @Inject
    EntityManager em;
    @Inject
    PetitionsConfig config;

    @SuppressWarnings("unchecked")
    public List<DuplicateSuggestion> suggest(Petition p, List<String> fingerprints) {
        return suggest(p.id, p.unitPath, p.subjectDescription, p.subjectUnit, p.content, fingerprints);
    }

    /**
     * Suggestions for a petition not yet stored: intake runs this before it takes the petition's
     * number, because the number's row lock is held until commit and would serialise every intake
     * of the unit behind this query.
     */
    @SuppressWarnings("unchecked")
    public List<DuplicateSuggestion> suggest(UUID petitionId, String unitPath, String subjectDescription,
            String subjectUnit, String content, List<String> fingerprints) {
        String district = district(unitPath);
        String text = subjectDescription + " " + (subjectUnit == null ? "" : subjectUnit) + " " + content;
        String fps = "{" + String.join(",", fingerprints) + "}";
        List<Object[]> rows = em.createNativeQuery("""
                with q as (select f_unaccent(lower(cast(?1 as text))) as t),
                candidates as (
                    select p.id from petition p, q
                     where p.search_text % q.t and p.id <> ?2
                       and (p.unit_path = ?3 or p.unit_path like ?4)
                    union
                    select x.petition_id from petitioner x
                     where x.fingerprint = any(cast(?5 as varchar[])) and x.petition_id <> ?2)
                select p.id, p.number, similarity(p.search_text, q.t) as sim,
                       exists (select 1 from petitioner x where x.petition_id = p.id
                                  and x.fingerprint = any(cast(?5 as varchar[]))) as same
                  from petition p join candidates c on c.id = p.id, q
                 where (p.unit_path = ?3 or p.unit_path like ?4)
                 order by same desc, sim desc
                 limit 50
                """)
                .setParameter(1, text)
                .setParameter(2, petitionId)
                .setParameter(3, district)
                .setParameter(4, district + ".%")
                .setParameter(5, fps)
                .getResultList();
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
