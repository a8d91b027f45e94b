package vn.minhbach.chassis.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Problem documents for failures that happen before a request reaches JAX-RS: a body over
 * {@code quarkus.http.limits.max-body-size} (413), a bearer token refused by proactive
 * authentication (401, still with {@code WWW-Authenticate}) and security checks at the HTTP layer.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    String maxBodySizeText;

    private long maxBodySize;

    void init(@Observes Router router) {
        MemorySize size = new MemorySizeConverter().convert(maxBodySizeText);
        maxBodySize = size == null ? Long.MAX_VALUE : size.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(this::checkBodySize);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::onFailure);
    }

    /**
     * Quarkus answers an oversized body with a bare 413 of its own; refuse it first, from the
     * declared Content-Length, with a problem document. (A chunked body over the limit still gets
     * Quarkus's bare 413.)
     */
    private void checkBodySize(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize) {
                    ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                    write(ctx, 413, "payload-too-large");
                    return;
                }
            } catch (NumberFormatException e) {
                // not ours to judge; Quarkus answers it
            }
        }
        ctx.next();
    }

    private void onFailure(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.response().ended()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        int status = ctx.statusCode();
        if (status == 413) {
            write(ctx, 413, "payload-too-large");
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            ctx.response().headers().set("WWW-Authenticate", "Bearer");
            write(ctx, 401, "unauthorized");
        } else if (failure instanceof ForbiddenException) {
            write(ctx, 403, "forbidden");
        } else {
            ctx.next();
        }
    }

    private void write(RoutingContext ctx, int status, String key) {
        try {
            var locale = ProblemMessages.locale(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            Problem problem = Problems.problem(status, key, locale, ctx.request().path());
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (Exception e) {
            LOG.debugf("Could not write the %d problem: %s", status, e.toString());
            ctx.next();
        }
    }
}
