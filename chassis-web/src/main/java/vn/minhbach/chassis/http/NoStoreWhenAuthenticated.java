package vn.minhbach.chassis.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer to a request that carried credentials is {@code Cache-Control: no-store} unless the
 * endpoint set a policy of its own: such answers hold what one caller may see (a petition, an
 * identity reveal, a unit's statistics), and no browser cache, proxy or app cache may keep them
 * (RFC 9111 §5.2.2.5). Set here, once, for every service and every status, problem documents included,
 * so no endpoint can forget it.
 */
@ApplicationScoped
public class NoStoreWhenAuthenticated {

    void init(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(NoStoreWhenAuthenticated::mark);
    }

    static void mark(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            ctx.addHeadersEndHandler(v -> {
                if (!ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
        }
        ctx.next();
    }
}
