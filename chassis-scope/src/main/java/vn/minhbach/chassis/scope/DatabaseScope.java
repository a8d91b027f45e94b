package vn.minhbach.chassis.scope;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;

/**
 * Unit scope by construction: every connection the pool hands out gets the PostgreSQL setting
 * {@code minhbach.scope}, and the row-level security policies of every scoped table
 * ({@code minhbach_in_scope(unit_path)}, migration {@code V60}) show only the rows of that subtree.
 * No query (JPQL, Criteria, Panache or native SQL) has to, or can forget to, add a condition.
 *
 * <ul>
 *   <li>an official's request: the {@code unit} claim of the verified token (an official without one
 *       gets the empty scope, which matches no row);</li>
 *   <li>no request (schedulers, the outbox relay, the audit sealer), a consumer, an anonymous request
 *       (the public endpoints) and a citizen (roles in {@code minhbach.scope.unscoped-roles}, whose
 *       queries select their own records by subject): the system scope {@code *}, every row;</li>
 *   <li>{@link #asSystem} for the few places a request must look outside the caller's subtree (the
 *       audit chain's verification walks every entry).</li>
 * </ul>
 * The setting is session-level and written on every checkout of a pooled connection, so a
 * connection never carries the previous borrower's scope. Within a JTA transaction Agroal hands out
 * the same connection, so a transaction sees one scope.
 */
@ApplicationScoped
public class DatabaseScope implements AgroalPoolInterceptor {

    /** The PostgreSQL setting the policies read. */
    public static final String SETTING = "minhbach.scope";
    /** Scope of background work: every row. */
    public static final String SYSTEM = "*";
    /** Scope that matches no row. */
    public static final String NONE = "";

    private static final ThreadLocal<Integer> SYSTEM_DEPTH = ThreadLocal.withInitial(() -> 0);

    private final Set<String> unscopedRoles;

    DatabaseScope(@ConfigProperty(name = "minhbach.scope.unscoped-roles", defaultValue = "citizen")
            Set<String> unscopedRoles) {
        this.unscopedRoles = unscopedRoles;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (var set = connection.prepareStatement("select set_config('" + SETTING + "', ?, false)")) {
            set.setString(1, current());
            set.execute();
        } catch (SQLException e) {
            // never hand out a connection whose scope is unknown
            throw new IllegalStateException("Could not set the unit scope of a database connection", e);
        }
    }

    /** Runs {@code work} with the system scope on connections acquired meanwhile (use a new transaction). */
    public static <T> T asSystem(Callable<T> work) {
        SYSTEM_DEPTH.set(SYSTEM_DEPTH.get() + 1);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            int depth = SYSTEM_DEPTH.get() - 1;
            if (depth == 0) {
                SYSTEM_DEPTH.remove();
            } else {
                SYSTEM_DEPTH.set(depth);
            }
        }
    }

    /** The scope a connection acquired now on this thread gets. */
    public String current() {
        if (SYSTEM_DEPTH.get() > 0) {
            return SYSTEM;
        }
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = identity(container);
        return forIdentity(identity);
    }

    String forIdentity(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        boolean scoped = identity.getRoles().stream().anyMatch(r -> !unscopedRoles.contains(r));
        if (!scoped) {
            return SYSTEM;
        }
        String unit = identity.getPrincipal() instanceof JsonWebToken jwt
                ? Caller.claimText(jwt.getClaim(Caller.UNIT_CLAIM)) : null;
        return UnitPath.isValid(unit) ? unit : NONE;
    }

    private static SecurityIdentity identity(ArcContainer container) {
        var association = container.instance(CurrentIdentityAssociation.class);
        if (!association.isAvailable()) {
            return null;
        }
        return association.get().getIdentity();
    }
}
