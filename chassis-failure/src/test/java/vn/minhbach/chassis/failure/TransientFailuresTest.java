package vn.minhbach.chassis.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503, retry) and which are bugs (500). Plain JUnit. */
class TransientFailuresTest {

    @Test
    void aPooledConnectionTheRestartedDatabaseClosedIsTransient() {
        // as Hibernate reported it while PostgreSQL restarted under F2 (DatabaseRestartIT)
        SQLException enlist = new SQLException("Failed to enlist. Check if a connection from another datasource is"
                + " already enlisted to the same transaction");
        SQLException association = new SQLException("Exception in association of connection to existing transaction",
                enlist);
        RuntimeException hibernate = new RuntimeException("Unable to acquire JDBC Connection", association);
        assertTrue(TransientFailures.isTransient(hibernate));
    }

    @Test
    void lostConnectionsAndAnExhaustedPoolAreTransientAndOtherErrorsAreNot() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!")));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("syntax error", "42601"))));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("bug")));
    }
}
