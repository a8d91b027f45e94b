package vn.minhbach.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
import java.util.Optional;

/**
 * {@code Location} (and {@code Content-Location}) of a service's answer carry the gateway's public URL,
 * never the backend's (issue 19.6: a client was told {@code http://127.0.0.1:8081/…}). A link whose
 * origin is the upstream's is given {@code minhbach.gateway.public-base-url} when configured (behind a
 * TLS-terminating load balancer the gateway cannot know the public scheme and host), else the origin
 * the client used to reach the gateway. Relative links and links to other origins are left alone.
 */
final class PublicLocation implements ProxyInterceptor {

    private final URI upstream;
    private final Optional<URI> publicBase;

    PublicLocation(String upstreamUrl, Optional<URI> publicBase) {
        this.upstream = URI.create(upstreamUrl);
        this.publicBase = publicBase;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        for (CharSequence name : new CharSequence[] {HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION}) {
            String value = response.headers().get(name);
            if (value != null) {
                String rewritten = rewrite(value, upstream, publicBase.orElseGet(() -> clientOrigin(context)));
                response.headers().set(name, rewritten);
            }
        }
        return context.sendResponse();
    }

    private static URI clientOrigin(ProxyContext context) {
        HttpServerRequest original = context.request().proxiedRequest();
        String scheme = original.scheme() == null ? "http" : original.scheme();
        String authority = original.authority() == null ? null : original.authority().toString();
        return authority == null ? null : URI.create(scheme + "://" + authority);
    }

    /**
     * {@code location} with the origin (scheme, host, port) of {@code upstream} replaced by that of
     * {@code publicBase} (and its path, if any, put in front); otherwise unchanged.
     */
    static String rewrite(String location, URI upstream, URI publicBase) {
        if (publicBase == null) {
            return location;
        }
        URI link;
        try {
            link = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!link.isAbsolute() || !sameOrigin(link, upstream)) {
            return location;
        }
        String base = publicBase.toString().replaceAll("/+$", "");
        String rest = link.getRawPath() == null ? "" : link.getRawPath();
        if (link.getRawQuery() != null) {
            rest += "?" + link.getRawQuery();
        }
        if (link.getRawFragment() != null) {
            rest += "#" + link.getRawFragment();
        }
        return base + rest;
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
