package vn.minhbach.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import vn.minhbach.gateway.problem.Problems;

/**
 * Adds the {@code X-Forwarded-*} headers, sends the request under the upstream's circuit breaker and
 * turns a transport failure (refused, timed out, breaker open) into a 503 problem naming the service,
 * so a client never waits past the timeout nor sees a bare 502.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);

    /** Where the origin provider finds the body, to start the service's timer once it has been sent. */
    static final String BODY = "minhbach.client-body";

    private final Vertx vertx;
    private final Upstream upstream;
    private final long maxBodySize;
    private final long bodyIdleMillis;

    UpstreamInterceptor(Vertx vertx, Upstream upstream, long maxBodySize, long bodyIdleMillis) {
        this.vertx = vertx;
        this.upstream = upstream;
        this.maxBodySize = maxBodySize;
        this.bodyIdleMillis = bodyIdleMillis;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        forwarded(request);
        HttpServerRequest original = request.proxiedRequest();
        Body body = request.getBody();
        ClientBody checked = null;
        if (body != null && body.stream() != null) {
            // Every body: the service's timer starts when it has been sent; a chunked one (length -1,
            // no Content-Length the edge could check) is also counted against the limit.
            long limit = body.length() < 0 ? maxBodySize : Long.MAX_VALUE;
            checked = new ClientBody(vertx, body.stream(), limit, bodyIdleMillis, upstream.timeoutMillis());
            request.setBody(Body.body(checked, body.length()));
            context.set(BODY, checked);
        }
        ClientBody sent = checked;
        return upstream.<ProxyResponse>call(context::sendRequest,
                failure -> (sent != null && sent.clientFault()) || original.response().closed()).recover(failure -> {
            if (sent != null && sent.exceeded()) {
                return Future.succeededFuture(problem(request, 413, "payload-too-large", maxBodySize));
            }
            if (sent != null && sent.stalled()) {
                LOG.infof("request body stalled for %s %s after %d ms", original.method(), original.path(), bodyIdleMillis);
                return Future.succeededFuture(problem(request, 408, "gateway.body-timeout", bodyIdleMillis / 1000));
            }
            LOG.warnf("%s unavailable for %s %s: %s", upstream.serviceName(), original.method(), original.path(),
                    failure.toString());
            ProxyResponse response = request.response();
            response.setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.CONTENT_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, "5")
                    .setBody(Body.body(Problems.document(original, 503, "service-unavailable",
                            upstream.serviceName()).toBuffer()));
            return Future.succeededFuture(response);
        });
    }

    /** A refusal of the client's body: the rest of it is not read, so the connection is closed. */
    private static ProxyResponse problem(ProxyRequest request, int status, String key, Object argument) {
        ProxyResponse response = request.response();
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.CONTENT_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .setBody(Body.body(Problems.document(request.proxiedRequest(), status, key, argument).toBuffer()));
        return response;
    }

    /**
     * De-facto forwarding headers, set (never appended): the gateway is the trust boundary, so what a
     * client claims in {@code X-Forwarded-*} or {@code Forwarded} is not passed on. Behind a trusted
     * load balancer, Quarkus' {@code quarkus.http.proxy.*} settings make the remote address the client's.
     */
    private static void forwarded(ProxyRequest request) {
        HttpServerRequest original = request.proxiedRequest();
        var headers = request.headers();
        headers.remove("Forwarded");
        headers.remove("X-Forwarded-Port");
        String remote = original.remoteAddress() == null ? null : original.remoteAddress().hostAddress();
        if (remote != null) {
            headers.set("X-Forwarded-For", remote);
        } else {
            headers.remove("X-Forwarded-For");
        }
        headers.set("X-Forwarded-Proto", original.scheme() == null ? "http" : original.scheme());
        if (original.authority() != null) {
            headers.set("X-Forwarded-Host", original.authority().host());
            if (original.authority().port() > 0) {
                headers.set("X-Forwarded-Port", Integer.toString(original.authority().port()));
            }
        }
    }
}
