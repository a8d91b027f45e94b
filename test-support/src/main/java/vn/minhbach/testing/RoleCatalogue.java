package vn.minhbach.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * One role catalogue per service, checked against what depends on it (issue 21.6): the realm that issues the
 * roles ({@code deploy/keycloak/minhbach-realm.json}: realm roles and the integration client's roles), the
 * {@code @RolesAllowed} of the service's compiled resources, and the gateway's access table. A role typed
 * as a string somewhere, or renamed in one place only, fails a plain JUnit test instead of locking users out.
 */
public final class RoleCatalogue {

    private RoleCatalogue() {
    }

    /** The values of the {@code public static final String} constants of a service's {@code Roles} class. */
    public static Set<String> constants(Class<?> roles) {
        Set<String> out = new TreeSet<>();
        for (Field f : roles.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == String.class) {
                try {
                    out.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /**
     * The roles a service's role x endpoint matrix tries each endpoint with: every role of its catalogue
     * ({@code roles}) and every other role the realm issues (which the service must refuse), sorted. Derived, not
     * typed: a role added to {@code Roles} or to the realm is in every matrix at once, and fails each cell whose
     * expectation does not name it yet.
     */
    public static List<String> matrixRoles(Class<?> roles) {
        Set<String> all = new TreeSet<>(constants(roles));
        all.addAll(realmRoles());
        return List.copyOf(all);
    }

    /** Every role the realm defines: its realm roles and its clients' roles. */
    public static Set<String> realmRoles() {
        Path realm = repositoryFile(Path.of("deploy", "keycloak", "minhbach-realm.json"));
        try (InputStream in = Files.newInputStream(realm)) {
            JsonNode roles = new ObjectMapper().readTree(in).path("roles");
            Set<String> out = new TreeSet<>();
            roles.path("realm").forEach(r -> out.add(r.path("name").asText()));
            roles.path("client").forEach(client -> client.forEach(r -> out.add(r.path("name").asText())));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roles named by {@code @RolesAllowed} on the service's resource classes and their methods. */
    public static Set<String> rolesAllowedOnResources() {
        Set<String> out = new TreeSet<>();
        for (Class<?> c : ResourceConventions.resourceClasses()) {
            collect(c.getAnnotations(), out);
            for (Method m : c.getDeclaredMethods()) {
                collect(m.getAnnotations(), out);
            }
        }
        return out;
    }

    /** The roles named in a properties file by every key ending in {@code roles} (the gateway's access table). */
    public static Set<String> rolesInProperties(Path properties) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> out = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            if (key.replaceFirst("^%[a-z-]+\\.", "").endsWith("roles")) {
                for (String role : p.getProperty(key).split(",")) {
                    if (!role.isBlank()) {
                        out.add(role.trim());
                    }
                }
            }
        }
        return out;
    }

    private static void collect(Annotation[] annotations, Set<String> out) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals("jakarta.annotation.security.RolesAllowed")) {
                try {
                    for (String role : (String[]) a.annotationType().getMethod("value").invoke(a)) {
                        out.add(role);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** A file of the repository, found from the module's directory upwards. */
    static Path repositoryFile(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
