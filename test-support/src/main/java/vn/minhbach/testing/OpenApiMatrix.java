package vn.minhbach.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.testing.hostile.OpenApiOperations;

/**
 * Holds a service's role × endpoint matrix test to its OpenAPI document: every operation the service
 * publishes ({@code /q/openapi?format=json}) must be a cell of the matrix, so a new endpoint cannot ship
 * without a decision on who may call it (and a test per role). Matrix entries are {@code "METHOD path"}
 * with the path either a template ({@code /api/v1/petitions/{id}}) or a concrete example
 * ({@code /api/v1/programs/999999?x=1}); a query string is ignored.
 */
public final class OpenApiMatrix {

    private OpenApiMatrix() {
    }

    /**
     * The operations ({@code "METHOD /template"}) of the document that no entry of {@code matrix} covers.
     * Each entry covers the one operation that matches it most specifically ({@code GET /x/export}
     * covers {@code /x/export}, not {@code /x/{id}}).
     */
    public static List<String> missing(String openApiJson, Collection<String> matrix) {
        var operations = OpenApiOperations.parse(openApiJson);
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (String entry : matrix) {
            int space = entry.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("not \"METHOD path\": " + entry);
            }
            String method = entry.substring(0, space);
            String path = entry.substring(space + 1);
            int query = path.indexOf('?');
            String bare = query < 0 ? path : path.substring(0, query);
            operations.stream()
                    .filter(op -> op.method().equalsIgnoreCase(method))
                    .filter(op -> normalise(bare).equals(normalise(op.path()))
                            || Pattern.compile(regex(op.path())).matcher(bare).matches())
                    .max(java.util.Comparator.comparingInt(op -> literalLength(op.path())))
                    .ifPresent(op -> covered.add(op.key()));
        }
        List<String> missing = new ArrayList<>();
        for (var op : operations) {
            if (!covered.contains(op.key())) {
                missing.add(op.key());
            }
        }
        return missing;
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]*\\}", "").length();
    }

    /** {@code /a/{id}/b} → a regular expression matching concrete paths of that template. */
    static String regex(String template) {
        StringBuilder out = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            out.append(part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part));
        }
        return out.toString();
    }

    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*\\}", "{}");
    }
}
