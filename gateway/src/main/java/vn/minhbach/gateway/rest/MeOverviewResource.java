package vn.minhbach.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import vn.minhbach.gateway.config.GatewayConfig;
import vn.minhbach.gateway.edge.RequestIds;
import vn.minhbach.gateway.problem.Problems;
import vn.minhbach.gateway.proxy.Upstream;
import vn.minhbach.gateway.proxy.Upstreams;

/**
 * {@code GET /api/v1/me/overview}: the three sources called in parallel with the caller's own token
 * (each service scopes by the token's unit and checks the token again), each under its upstream's
 * timeout and circuit breaker; a failed source becomes an unavailable section, never a failed page.
 */
@Path("/api/v1/me/overview")
@Tag(name = "Tổng quan (overview)", description = "Màn hình tổng quan của cán bộ trên ứng dụng di động")
@Authenticated
public class MeOverviewResource {

    private static final Logger LOG = Logger.getLogger(MeOverviewResource.class);
    static final String DUE_SOON_PETITIONS = "due-soon-petitions";
    static final String OPEN_RECOMMENDATIONS = "open-recommendations";
    static final String OVERDUE_TASKS = "overdue-tasks";

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    @Inject
    ObjectMapper mapper;

    @Inject
    JsonWebToken jwt;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMyOverview",
            summary = "Tổng quan của tôi (my overview): đơn sắp đến hạn, kiến nghị đang mở, nhiệm vụ quá hạn của đơn vị")
    @APIResponse(responseCode = "200", description = "The sections the caller's roles allow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeOverview.class)))
    @APIResponse(responseCode = "400", description = "size is not a whole number within the allowed range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Rate limit; header Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<MeOverview> overview(@QueryParam("size") String size, @Context HttpServerRequest request) {
        int pageSize = pageSize(size, request);
        Uni<MeOverview.Section> petitions = section(DUE_SOON_PETITIONS, pageSize, request);
        Uni<MeOverview.Section> recommendations = section(OPEN_RECOMMENDATIONS, pageSize, request);
        Uni<MeOverview.Section> tasks = section(OVERDUE_TASKS, pageSize, request);
        String unit = jwt.getClaim("unit");
        return Uni.combine().all().unis(petitions, recommendations, tasks)
                .with((p, r, t) -> new MeOverview(unit, p, r, t));
    }

    /**
     * Read as text and checked here: a number the framework fails to convert would answer a bare 404,
     * and the paging convention (docs/conventions.md) wants a 400 problem for a size outside 1–200.
     */
    private static int pageSize(String size, HttpServerRequest request) {
        if (size == null || size.isBlank()) {
            return 20;
        }
        try {
            int value = Integer.parseInt(size.trim());
            if (value >= 1 && value <= 200) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new WebApplicationException(Response.status(400).type(Problems.CONTENT_TYPE)
                .entity(Problems.document(request, 400, "invalid-value", size).encode()).build());
    }

    /**
     * A section the caller's roles do not open is left out (no key in the answer), not called: the
     * service would only refuse it (docs/gateway.md, "sections by role").
     */
    private boolean allowed(GatewayConfig.Overview.Source source) {
        if (source == null || source.roles().isEmpty()) {
            return true;
        }
        return source.roles().get().stream().map(String::trim).anyMatch(identity::hasRole);
    }

    private Uni<MeOverview.Section> section(String name, int pageSize, HttpServerRequest request) {
        GatewayConfig.Overview.Source source = config.overview().sources().get(name);
        if (!allowed(source)) {
            return Uni.createFrom().nullItem();
        }
        Upstream upstream = source == null ? null : upstreams.byName(source.upstream()).orElse(null);
        if (upstream == null) {
            return Uni.createFrom().item(MeOverview.Section.unavailable(name, "UNAVAILABLE", null));
        }
        String uri = source.path() + (source.path().contains("?") ? "&" : "?") + "size=" + pageSize;
        var options = upstream.requestOptions(HttpMethod.GET, uri)
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        copy(request, options, HttpHeaders.AUTHORIZATION.toString());
        copy(request, options, HttpHeaders.ACCEPT_LANGUAGE.toString());
        copy(request, options, RequestIds.REQUEST_ID);
        copy(request, options, RequestIds.TRACEPARENT);
        Future<MeOverview.Section> call = upstream.call(() -> upstream.client().request(options)
                .compose(r -> r.send())
                .compose(response -> response.body().map(body -> {
                    int status = response.statusCode();
                    if (status / 100 != 2) {
                        return MeOverview.Section.unavailable(upstream.serviceName(),
                                status == 401 || status == 403 ? "FORBIDDEN" : "ERROR", status);
                    }
                    return parse(upstream.serviceName(), body.getBytes());
                })));
        return Uni.createFrom().completionStage(call.toCompletionStage())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("overview section %s: %s unavailable: %s", name, upstream.serviceName(), failure.toString());
                    return MeOverview.Section.unavailable(upstream.serviceName(), "UNAVAILABLE", null);
                });
    }

    private MeOverview.Section parse(String service, byte[] body) {
        try {
            JsonNode page = mapper.readTree(body);
            JsonNode items = page.has("items") ? page.get("items") : page;
            Long total = page.hasNonNull("totalItems") ? page.get("totalItems").asLong() : (items.isArray() ? (long) items.size() : null);
            return MeOverview.Section.of(service, items, total);
        } catch (IOException e) {
            return MeOverview.Section.unavailable(service, "ERROR", 200);
        }
    }

    private static void copy(HttpServerRequest request, io.vertx.core.http.RequestOptions options, String header) {
        String value = request.getHeader(header);
        if (value != null) {
            options.putHeader(header, value);
        }
    }
}
