package vn.minhbach.chassis.paging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.minhbach.chassis.problem.ProblemException;

/**
 * {@code ?sort=field,-other}: a comma-separated list of allowed field names, each ascending or, with a
 * leading {@code -}, descending. Only names in the endpoint's allow-list are accepted (anything else is a
 * 400 {@code sort-invalid} naming the allowed ones), so a client never reaches a column the endpoint
 * does not offer, and the JPQL {@code order by} is built from the allow-list's expressions only, never
 * from the client's text. The endpoint's tie-breaker (e.g. {@code id}) is always appended, so pages
 * never overlap.
 */
public final class Sort {

    public static final String PARAMETER = "sort";
    private static final int MAX_FIELDS = 5;

    private Sort() {
    }

    /**
     * The JPQL {@code order by} clause (without the keywords) for {@code sort}; {@code defaultOrder}
     * when it is absent or blank.
     *
     * @param allowed client name → JPQL expression, in the order the problem lists them
     * @param tieBreaker expression appended last (ascending), unless the client already sorted by it
     */
    public static String orderBy(String sort, Map<String, String> allowed, String defaultOrder, String tieBreaker) {
        if (sort == null || sort.isBlank()) {
            return defaultOrder;
        }
        String[] parts = sort.split(",", -1);
        if (parts.length > MAX_FIELDS) {
            throw invalid(sort, allowed);
        }
        List<String> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : parts) {
            String part = raw.trim();
            boolean descending = part.startsWith("-");
            String name = descending || part.startsWith("+") ? part.substring(1) : part;
            String expression = allowed.get(name);
            if (expression == null || !seen.add(expression)) {
                throw invalid(sort, allowed);
            }
            terms.add(expression + (descending ? " desc" : " asc"));
        }
        if (!seen.contains(tieBreaker)) {
            terms.add(tieBreaker + " asc");
        }
        return String.join(", ", terms);
    }

    private static ProblemException invalid(String sort, Map<String, String> allowed) {
        return ProblemException.badRequest("sort-invalid", String.join(", ", allowed.keySet()));
    }
}
