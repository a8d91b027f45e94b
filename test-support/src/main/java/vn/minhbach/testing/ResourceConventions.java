package vn.minhbach.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Conventions every resource class of a service must follow, checked on its compiled classes by a plain
 * JUnit test (seconds, no Quarkus start), so a new endpoint cannot forget them:
 * <ul>
 * <li>a resource class ({@code @Path}) with a {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * method carries the chassis' {@code @Idempotent} (one transaction, {@code Idempotency-Key}), unless
 * the service names it with the reason it handles retries another way.</li>
 * </ul>
 */
public final class ResourceConventions {

    private static final Set<String> STATE_CHANGING = Set.of("jakarta.ws.rs.POST", "jakarta.ws.rs.PUT",
            "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE");
    private static final String IDEMPOTENT = "vn.minhbach.chassis.idempotency.Idempotent";

    private ResourceConventions() {
    }

    /** Simple names of the resource classes with a state-changing method and without {@code @Idempotent}, sorted. */
    public static List<String> stateChangingResourcesWithoutIdempotent() {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : resourceClasses()) {
            boolean changes = false;
            for (Method m : c.getDeclaredMethods()) {
                changes |= has(m.getAnnotations(), STATE_CHANGING);
            }
            if (changes && !has(c.getAnnotations(), Set.of(IDEMPOTENT))) {
                missing.add(c.getSimpleName());
            }
        }
        missing.sort(null);
        return missing;
    }

    /** The classes of {@code target/classes} annotated {@code @Path}. */
    static List<Class<?>> resourceClasses() {
        Path root = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Class<?> c;
                try {
                    c = Class.forName(name, false, ResourceConventions.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (has(c.getAnnotations(), Set.of("jakarta.ws.rs.Path"))) {
                    found.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no resource class under " + root.toAbsolutePath());
        }
        return found;
    }

    private static boolean has(Annotation[] annotations, Set<String> names) {
        for (Annotation a : annotations) {
            if (names.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }
}
