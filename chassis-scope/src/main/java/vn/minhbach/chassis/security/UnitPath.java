package vn.minhbach.chassis.security;

import java.util.regex.Pattern;

/**
 * Dotted administrative codes: {@code 01} Hà Nội, {@code 01.021} Bắc Từ Liêm, {@code 01.021.00611}
 * one of its wards. A unit's subtree is the unit itself and every path below it.
 */
public final class UnitPath {

    /** Two-digit province code, then district and ward codes of 2 to 5 digits. */
    public static final String REGEX = "^\\d{2}(\\.\\d{2,5}){0,3}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private UnitPath() {
    }

    public static boolean isValid(String path) {
        return path != null && PATTERN.matcher(path).matches();
    }

    /** True when {@code path} is {@code root} or lies below it. */
    public static boolean within(String path, String root) {
        return path != null && root != null && (path.equals(root) || path.startsWith(root + "."));
    }

    /**
     * JPQL condition "{@code field} lies in the subtree", e.g.
     * {@code Petition.find(UnitPath.subtreeCondition("unitPath") + " and status = :s", params)} with
     * {@link #subtreeParameters(String)} added to {@code params}.
     */
    public static String subtreeCondition(String field) {
        return "(" + field + " = :unitRoot or " + field + " like :unitDescendants)";
    }

    /** Named parameters {@code unitRoot} and {@code unitDescendants} for {@link #subtreeCondition}. */
    public static java.util.Map<String, Object> subtreeParameters(String root) {
        if (!isValid(root)) {
            throw new IllegalArgumentException("not a unit path");
        }
        var params = new java.util.HashMap<String, Object>();
        params.put("unitRoot", root);
        params.put("unitDescendants", descendantsPattern(root));
        return params;
    }

    /** The path and every unit above it: {@code 01.021.00611} gives 01, 01.021, 01.021.00611. */
    public static java.util.List<String> ancestorsOrSelf(String path) {
        java.util.List<String> units = new java.util.ArrayList<>();
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            units.add(path.substring(0, dot));
        }
        units.add(path);
        return units;
    }

    /**
     * True when a record of {@code recordPath} concerns an official of {@code callerPath}: it lies in
     * the official's subtree, or it was issued above the official (a city program directs every
     * district's work). A sibling district's record concerns neither.
     */
    public static boolean concerns(String recordPath, String callerPath) {
        return within(recordPath, callerPath) || within(callerPath, recordPath);
    }

    /** SQL LIKE pattern for the strict descendants of {@code root}; use with {@code path = :root or path like :pattern}. */
    public static String descendantsPattern(String root) {
        return root + ".%";
    }
}
