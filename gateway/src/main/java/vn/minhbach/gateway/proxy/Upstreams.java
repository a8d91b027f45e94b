package vn.minhbach.gateway.proxy;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.gateway.config.GatewayConfig;

/**
 * The upstreams and the route table, built once from {@link GatewayConfig}. Routing is a longest
 * segment-aware prefix match over a small sorted list: cheaper than a regex router per request.
 */
@ApplicationScoped
public class Upstreams {

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private final Map<String, Upstream> byName = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();

    record Route(String prefix, Upstream upstream) {
    }

    @jakarta.annotation.PostConstruct
    void init() {
        config.upstreams().forEach((name, u) -> {
            URI url = URI.create(u.url());
            boolean ssl = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80);
            var client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setTcpNoDelay(true)
                    .setSsl(ssl)
                    .setConnectTimeout((int) u.connectTimeout().toMillis()),
                    new PoolOptions().setHttp1MaxSize(u.maxConnections()));
            // No notification address: the breaker's state is read directly, not over the event bus.
            var breaker = CircuitBreaker.create("upstream-" + name, vertx, new CircuitBreakerOptions()
                    .setMaxFailures(u.failureThreshold())
                    .setResetTimeout(u.openDuration().toMillis())
                    .setTimeout(-1)
                    .setNotificationAddress(null)
                    .setFallbackOnFailure(false));
            Upstream upstream = new Upstream(name, u.serviceName(), SocketAddress.inetSocketAddress(port, url.getHost()),
                    url.getHost(), ssl, u.timeout().toMillis(), u.connectTimeout().toMillis(), client, breaker);
            byName.put(name, upstream);
            for (String prefix : u.prefixes()) {
                routes.add(new Route(trimSlash(prefix), upstream));
            }
        });
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
    }

    @PreDestroy
    void close() {
        byName.values().forEach(u -> u.client().close());
    }

    public Optional<Upstream> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Upstream> all() {
        return byName.values();
    }

    /** The upstream owning {@code path} (longest matching prefix), if any. */
    public Upstream route(String path) {
        for (Route route : routes) {
            if (PathPrefix.matches(path, route.prefix())) {
                return route.upstream();
            }
        }
        return null;
    }

    private static String trimSlash(String prefix) {
        return prefix.length() > 1 && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
