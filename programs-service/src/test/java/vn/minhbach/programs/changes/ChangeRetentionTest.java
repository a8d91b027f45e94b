package vn.minhbach.programs.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.minhbach.chassis.retention.Retention;
import vn.minhbach.testing.TestTokens;

/**
 * The change feed keeps events for {@code minhbach.changes.retention} (400 days): the chassis'
 * Retention deletes older ones, the database remembers the highest position deleted, and a client
 * whose cursor lies below it gets 410 {@code changes.cursor-expired} instead of a page that silently
 * skips what it never read. The horizon is put back afterwards, for the other feed tests.
 */
@QuarkusTest
class ChangeRetentionTest {

    @Inject
    Retention retention;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsPastTheirPeriodGoAndACursorBeforeThemIsRefused() throws SQLException {
        long before = single("select deleted_through from change_feed_horizon");
        String run = UUID.randomUUID().toString();
        try {
            long old = single("insert into change_event (event_id, topic, type, subject, unit_path, event, recorded_at)"
                    + " values ('" + run + "-old', 't', 'petition.received', '" + run + "', '01.973',"
                    + " '{\"id\":\"" + run + "-old\"}', now() - interval '401 days') returning seq");
            long recent = single("insert into change_event (event_id, topic, type, subject, unit_path, event, recorded_at)"
                    + " values ('" + run + "-new', 't', 'petition.accepted', '" + run + "', '01.973',"
                    + " '{\"id\":\"" + run + "-new\"}', now() - interval '399 days') returning seq");

            retention.runOnce();

            assertEquals(0, single("select count(*) from change_event where event_id = '" + run + "-old'"),
                    "an event of 401 days is past the 400 days kept");
            assertEquals(1, single("select count(*) from change_event where event_id = '" + run + "-new'"));
            assertEquals(old, single("select deleted_through from change_feed_horizon"),
                    "the horizon is the highest position deleted");

            var leader = given().auth().oauth2(TestTokens.token("leader-01.973", "01.973", "leader"))
                    .header("Accept-Language", "en");
            leader.get("/api/v1/changes?after=" + ChangeEvents.cursor(old - 1)).then().statusCode(410)
                    .contentType(containsString("application/problem+json"))
                    .body("type", containsString("changes.cursor-expired")).body("errors.field", hasItem("after"));
            given().auth().oauth2(TestTokens.token("leader-01.973", "01.973", "leader"))
                    .get("/api/v1/changes?after=" + ChangeEvents.cursor(old)).then().statusCode(200)
                    .body("items.id", is(java.util.List.of(run + "-new")));
            assertEquals(recent > old, true);
        } finally {
            execute("delete from change_event where event_id like '" + run + "-%'");
            execute("update change_feed_horizon set deleted_through = " + before);
        }
    }

    private long single(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
