package vn.minhbach.chassis.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the unsent outbox backlog under {@code /q/health/ready}. A backlog does not make the
 * service unready (it still accepts work; the events wait safely in the outbox), so the check is up
 * whenever the backlog can be read; monitoring alerts on {@code unsent} and {@code oldestUnsentSeconds}.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("outbox");
        String sql = "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)::bigint,"
                + " coalesce(max(attempts), 0) from outbox where sent_at is null";
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(sql); var rs = s.executeQuery()) {
            rs.next();
            return builder.up()
                    .withData("unsent", rs.getLong(1))
                    .withData("oldestUnsentSeconds", rs.getLong(2))
                    .withData("maxAttempts", rs.getLong(3))
                    .build();
        } catch (Exception e) {
            return builder.down().withData("error", "outbox not readable").build();
        }
    }
}
