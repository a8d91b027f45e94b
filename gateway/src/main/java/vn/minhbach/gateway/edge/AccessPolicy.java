package vn.minhbach.gateway.edge;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.minhbach.gateway.config.GatewayConfig;
import vn.minhbach.gateway.proxy.PathPrefix;

/**
 * The edge's coarse authorisation. It answers two questions only: is this route public, and may a
 * caller with these roles reach this prefix with this method at all. The services keep the fine
 * matrix (which role may do what, unit scoping), so a request the edge lets through can still get
 * 403 or 404 from the service.
 */
@ApplicationScoped
public class AccessPolicy {

    @Inject
    GatewayConfig config;

    private List<String> publicPrefixes;
    private List<String> ownPrefixes;
    private Set<String> projectRoles;
    private List<Rule> rules;

    record Rule(String prefix, Set<String> methods, Set<String> roles) {
        boolean appliesTo(String method, String path) {
            return PathPrefix.matches(path, prefix) && (methods.isEmpty() || methods.contains(method));
        }
    }

    @PostConstruct
    void init() {
        publicPrefixes = List.copyOf(config.publicPrefixes());
        ownPrefixes = List.copyOf(config.ownPrefixes());
        projectRoles = Set.copyOf(config.projectRoles());
        rules = new ArrayList<>();
        config.access().values().forEach(r -> rules.add(new Rule(r.prefix(),
                r.methods().orElse(List.of()).stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet()),
                Set.copyOf(r.roles()))));
    }

    public boolean isPublic(String path) {
        return matchesAny(path, publicPrefixes);
    }

    /** Served by the gateway itself (the overview), after the edge checks. */
    public boolean isOwn(String path) {
        return matchesAny(path, ownPrefixes);
    }

    /** Needs at least one project role, and one of the roles of every rule matching the route. */
    public boolean allows(SecurityIdentity identity, String method, String path) {
        Set<String> roles = identity.getRoles();
        if (roles.stream().noneMatch(projectRoles::contains)) {
            return false;
        }
        for (Rule rule : rules) {
            if (rule.appliesTo(method, path) && rule.roles().stream().noneMatch(roles::contains)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAny(String path, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (PathPrefix.matches(path, prefix)) {
                return true;
            }
        }
        return false;
    }
}
