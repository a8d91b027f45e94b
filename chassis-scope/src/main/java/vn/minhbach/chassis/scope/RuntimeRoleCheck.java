package vn.minhbach.chassis.scope;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses to start when the service's database role could bypass row-level security or the
 * append-only audit log: a superuser, a role with {@code BYPASSRLS}, or one that owns a table of the
 * schema. Flyway migrates as the owner ({@code quarkus.flyway.username}); the service runs as a role
 * that owns nothing ({@code quarkus.datasource.username}). {@code minhbach.db.require-unprivileged=false}
 * turns this into a warning (never in production).
 */
@ApplicationScoped
public class RuntimeRoleCheck {

    private static final Logger LOG = Logger.getLogger(RuntimeRoleCheck.class);

    void onStart(@Observes StartupEvent start, AgroalDataSource dataSource,
            @ConfigProperty(name = "minhbach.db.require-unprivileged", defaultValue = "true") boolean required) {
        String problem = problem(dataSource);
        if (problem == null) {
            return;
        }
        if (required) {
            throw new IllegalStateException("The service's database role " + problem
                    + "; connect as a role that owns nothing (DB_APP_USER) and migrate as the owner (DB_USER)");
        }
        LOG.warnf("The service's database role %s: row-level security and the audit log's protection do not apply",
                problem);
    }

    static String problem(AgroalDataSource dataSource) {
        String sql = """
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                               where c.relowner = r.oid and n.nspname = current_schema())
                  from pg_roles r where r.rolname = current_user""";
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql); var rs = s.executeQuery()) {
            rs.next();
            String role = rs.getString(1);
            if (rs.getBoolean(2)) {
                return role + " is a superuser";
            }
            if (rs.getBoolean(3)) {
                return role + " has BYPASSRLS";
            }
            if (rs.getBoolean(4)) {
                return role + " owns tables of the schema";
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the database role", e);
        }
    }
}
