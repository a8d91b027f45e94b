package vn.minhbach.gateway.proxy;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.AsyncResult;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One service behind the gateway: its address, pooled HTTP client, per-upstream timeout and circuit
 * breaker. Every call to the service (proxied request, overview source, OpenAPI fetch, readiness probe)
 * goes through {@link #call} so that the breaker sees all of them.
 */
public final class Upstream {

    private final String name;
    private final String serviceName;
    private final SocketAddress server;
    private final String host;
    private final boolean ssl;
    private final long timeoutMillis;
    private final long connectTimeoutMillis;
    private final HttpClient client;
    private final CircuitBreaker breaker;

    Upstream(String name, String serviceName, SocketAddress server, String host, boolean ssl, long timeoutMillis,
            long connectTimeoutMillis, HttpClient client, CircuitBreaker breaker) {
        this.name = name;
        this.serviceName = serviceName;
        this.server = server;
        this.host = host;
        this.ssl = ssl;
        this.timeoutMillis = timeoutMillis;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.client = client;
        this.breaker = breaker;
    }

    public String name() {
        return name;
    }

    public String serviceName() {
        return serviceName;
    }

    /** Idle timeout towards the service: to the response and between its chunks. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    public HttpClient client() {
        return client;
    }

    public boolean open() {
        return breaker.state() == CircuitBreakerState.OPEN;
    }

    public CircuitBreakerState breakerState() {
        return breaker.state();
    }

    /** Request options towards this upstream with its connect and idle timeouts. */
    public RequestOptions requestOptions(HttpMethod method, String uri) {
        return requestOptions(method, uri, timeoutMillis);
    }

    public RequestOptions requestOptions(HttpMethod method, String uri, long timeout) {
        return new RequestOptions()
                .setServer(server)
                .setHost(host)
                .setPort(server.port())
                .setSsl(ssl)
                .setMethod(method)
                .setURI(uri)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(timeout);
    }

    /**
     * Runs {@code action} under this upstream's breaker: fails fast with
     * {@link io.vertx.circuitbreaker.OpenCircuitException} while it is open, and counts transport
     * failures (refused connection, timeout, reset). HTTP error statuses are answers, not failures.
     */
    public <T> Future<T> call(Supplier<Future<T>> action) {
        return breaker.execute(promise -> action.get().onComplete(promise));
    }

    /**
     * Like {@link #call(Supplier)}, but failures the client caused (an oversized upload, a client
     * that went away) are passed on without counting against the service: a client must not be able
     * to open the breaker for everyone.
     */
    public <T> Future<T> call(Supplier<Future<T>> action, Predicate<Throwable> clientFault) {
        return breaker.<AsyncResult<T>>execute(promise -> action.get().onComplete(result -> {
            if (result.failed() && !clientFault.test(result.cause())) {
                promise.fail(result.cause());
            } else {
                promise.complete(result);
            }
        })).compose(result -> result.succeeded() ? Future.succeededFuture(result.result()) : Future.failedFuture(result.cause()));
    }
}
