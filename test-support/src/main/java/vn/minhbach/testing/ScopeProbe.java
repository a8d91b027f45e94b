package vn.minhbach.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.ws.rs.NotFoundException;
import java.util.function.Function;

/**
 * Test only: queries written without any unit condition, as a careless new endpoint would, for
 * {@link UnitScopeByConstruction}. Row-level security must still give each caller only its subtree.
 * A service's test sources hold the resource ({@code GET /test/scope-probe/{query: .+}}, hidden from the
 * OpenAPI document) that calls {@link #answer} with its own entity and table, on the service's
 * {@link EntityManager} and so on the connection the chassis scopes.
 */
public final class ScopeProbe {

    private ScopeProbe() {
    }

    /**
     * {@code entities}: the distinct unit paths of all the entities a JPQL query without a condition
     * loads, sorted; {@code native}: the same through native SQL on {@code table}; {@code entities/{id}}:
     * the unit path of the entity {@link EntityManager#find} finds by that id ({@code id} reads it), 404
     * when it finds none. Anything else is a 404.
     */
    public static <E> Object answer(EntityManager em, String query, Class<E> type, String table,
            Function<String, ?> id, Function<E, String> unitPath) {
        switch (query) {
            case "entities" -> {
                CriteriaQuery<E> all = em.getCriteriaBuilder().createQuery(type);
                all.select(all.from(type));
                return em.createQuery(all).getResultList().stream().map(unitPath).distinct().sorted().toList();
            }
            case "native" -> {
                return em.createNativeQuery("select distinct unit_path from " + table + " order by 1").getResultList();
            }
            default -> {
                if (!query.startsWith("entities/")) {
                    throw new NotFoundException();
                }
                E e = em.find(type, id.apply(query.substring("entities/".length())));
                if (e == null) {
                    throw new NotFoundException();
                }
                return unitPath.apply(e);
            }
        }
    }
}
