package vn.minhbach.chassis.failure;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure of the platform (database down or overloaded, application stopping) from a failure
 * of the request or event itself. The first kind says nothing about the input: a request gets a 503
 * it may retry, and a consumer waits and tries the event again instead of dead-lettering it.
 */
@ApplicationScoped
public class TransientFailures {

    /** Package-private so that a test can play a stopping application. */
    static volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** True once the application has begun to stop: work in hand must be left for redelivery. */
    public static boolean stopping() {
        return stopping;
    }

    /**
     * True for a lost or refused database connection (SQLState classes 08 and 57P, too many
     * connections 53300), an exhausted connection pool, or a persistence layer already closed by
     * shutdown. Looks at the causes and at the suppressed exceptions: when the connection is lost at
     * commit, Narayana throws a {@code RollbackException} without a cause and attaches the
     * resource's {@code XAException} (caused by the {@code SQLException}) as suppressed.
     */
    public static boolean isTransient(Throwable failure) {
        return isTransient(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean isTransient(Throwable failure, java.util.Set<Throwable> seen) {
        for (Throwable c = failure; c != null && seen.add(c); c = c.getCause()) {
            // JDBC's connection exceptions; Hibernate's JDBCConnectionException is one of these, or an SQLState of
            // class 08, carried as its cause (no dependency on the persistence layer needed to tell it)
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                // Agroal's pool: no SQLState, only this message when no connection frees up in time;
                // and a pooled connection the restarted database closed cannot be enlisted in the
                // transaction (Agroal/Narayana: "Failed to enlist", "Exception in association of
                // connection to existing transaction"), also without an SQLState (seen in F2's restart).
                if (s.getMessage() != null && (s.getMessage().contains("acquisition timeout")
                        || s.getMessage().contains("Failed to enlist")
                        || s.getMessage().contains("association of connection to existing transaction"))) {
                    return true;
                }
            }
            if (c instanceof IllegalStateException && stopping) {
                return true;
            }
            for (Throwable suppressed : c.getSuppressed()) {
                if (isTransient(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
