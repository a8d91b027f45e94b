package vn.minhbach.gateway.proxy;

import io.vertx.core.Future;
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

    private final Upstream upstream;
    private final long maxBodySize;

    UpstreamInterceptor(Upstream upstream, long maxBodySize) {
        this.upstream = upstream;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        forwarded(request);
        LimitedBody limited = null;
        Body body = request.getBody();
        if (body != null && body.length() < 0 && body.stream() != null) {
            // Chunked upload: the edge could not check a Content-Length, so count while streaming.
            limited = new LimitedBody(body.stream(), maxBodySize);
            request.setBody(Body.body(limited, -1));
        }
        LimitedBody checked = limited;
        HttpServerRequest client = request.proxiedRequest();
        return upstream.<ProxyResponse>call(context::sendRequest,
                failure -> (checked != null && checked.exceeded()) || client.response().closed()).recover(failure -> {
            HttpServerRequest original = request.proxiedRequest();
            if (checked != null && checked.exceeded()) {
                ProxyResponse response = request.response();
                response.setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.CONTENT_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .setBody(Body.body(Problems.document(original, 413, "gateway.payload-too-large", maxBodySize).toBuffer()));
                return Future.succeededFuture(response);
            }
            LOG.warnf("%s unavailable for %s %s: %s", upstream.serviceName(), original.method(), original.path(),
                    failure.toString());
            ProxyResponse response = request.response();
            response.setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.CONTENT_TYPE)
                    .putHeader(HttpHeaders.RETRY_AFTER, "5")
                    .setBody(Body.body(Problems.document(original, 503, "gateway.upstream-unavailable",
                            upstream.serviceName()).toBuffer()));
            return Future.succeededFuture(response);
        });
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
