package vn.minhbach.gateway.proxy;

/** Segment-aware prefix test: {@code /api/v1/tasks} matches {@code /api/v1/tasks/7}, not {@code /api/v1/tasksX}. */
public final class PathPrefix {

    private PathPrefix() {
    }

    public static boolean matches(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        return path.length() == prefix.length() || prefix.endsWith("/") || path.charAt(prefix.length()) == '/';
    }
}
