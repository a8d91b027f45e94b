package vn.minhbach.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.minhbach.gateway.config.GatewayConfig;
import vn.minhbach.gateway.proxy.Upstream;
import vn.minhbach.gateway.proxy.Upstreams;

/**
 * Readiness reflects the upstreams: each one's own readiness endpoint is probed (in parallel, with a
 * short timeout) and reported with its breaker state. With mode {@code ALL} (default) the gateway is
 * ready only when every upstream is; with {@code ANY}, while at least one is.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> all = new ArrayList<>(upstreams.all());
        List<Future<Boolean>> probes = new ArrayList<>();
        for (Upstream upstream : all) {
            probes.add(probe(upstream));
        }
        Future<HealthCheckResponse> result = Future.join(probes).transform(ignored -> {
            var builder = HealthCheckResponse.named("upstreams");
            int up = 0;
            for (int i = 0; i < all.size(); i++) {
                boolean ready = Boolean.TRUE.equals(probes.get(i).result());
                if (ready) {
                    up++;
                }
                builder.withData(all.get(i).serviceName(), (ready ? "UP" : "DOWN") + ", circuit " + all.get(i).breakerState());
            }
            boolean ready = config.readiness().mode() == GatewayConfig.Readiness.Mode.ALL ? up == all.size() : up > 0;
            return Future.succeededFuture(builder.status(ready).build());
        });
        return Uni.createFrom().completionStage(result.toCompletionStage());
    }

    /** Direct probe, outside the breaker: readiness must see a service come back before traffic does. */
    private Future<Boolean> probe(Upstream upstream) {
        long timeout = config.readiness().timeout().toMillis();
        return upstream.client()
                .request(upstream.requestOptions(HttpMethod.GET, config.readiness().path(), timeout))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .otherwise(false);
    }
}
