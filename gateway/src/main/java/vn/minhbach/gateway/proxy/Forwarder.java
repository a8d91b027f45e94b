package vn.minhbach.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import vn.minhbach.gateway.config.GatewayConfig;

/**
 * One {@code vertx-http-proxy} reverse proxy per upstream. The library streams bodies both ways
 * (with back-pressure), drops hop-by-hop headers and handles {@code Expect}/chunking; this class only
 * chooses the origin and adds the gateway's interceptor. The service's idle timeout runs from the end
 * of the client's body, not from the first byte (see {@link ClientBody}).
 */
@ApplicationScoped
public class Forwarder {

    @Inject
    Upstreams upstreams;

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    @PostConstruct
    void init() {
        for (Upstream upstream : upstreams.all()) {
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), upstream.client());
            proxy.origin(context -> {
                var request = context.request();
                ClientBody body = context.get(UpstreamInterceptor.BODY, ClientBody.class);
                if (body == null) {
                    return upstream.client().request(upstream.requestOptions(request.getMethod(), request.getURI()));
                }
                // No idle timeout while the client's body is still arriving: ClientBody starts the
                // service's timer once the body has been sent, and watches the client meanwhile.
                return upstream.client().request(upstream.requestOptions(request.getMethod(), request.getURI(), 0))
                        .map(sending -> {
                            body.attach(sending);
                            return sending;
                        });
            });
            proxy.addInterceptor(new UpstreamInterceptor(vertx, upstream, config.maxBodySize().asLongValue(),
                    config.bodyIdleTimeout().toMillis()));
            proxy.addInterceptor(new PublicLocation(config.upstreams().get(upstream.name()).url(),
                    config.publicBaseUrl()));
            proxies.put(upstream.name(), proxy);
        }
    }

    public void forward(Upstream upstream, HttpServerRequest request) {
        proxies.get(upstream.name()).handle(request);
    }
}
