package vn.minhbach.gateway.openapi;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.minhbach.gateway.config.GatewayConfig;
import vn.minhbach.gateway.proxy.Upstream;
import vn.minhbach.gateway.proxy.Upstreams;

/**
 * Serves {@code /q/openapi}: one OpenAPI document merged from every service's document (fetched from
 * {@code /q/openapi?format=json}) and the gateway's own, so an integrator reads the whole API in one
 * place (Swagger UI at {@code /q/swagger-ui} points here). Cached for a short TTL; a service that does
 * not answer is listed as missing in {@code info.description} and the rest is still served.
 * Component names defined differently by two services are prefixed with the service's name.
 * The answer is JSON, which is also valid YAML.
 */
@ApplicationScoped
public class OpenApiMerger {

    private static final Logger LOG = Logger.getLogger(OpenApiMerger.class);
    private static final String GATEWAY = "gateway";
    /** An incomplete document is rebuilt sooner, so a service coming back shows up quickly. */
    private static final long INCOMPLETE_TTL_MILLIS = 3_000;

    @Inject
    GatewayConfig config;

    @Inject
    Upstreams upstreams;

    private volatile Cached cached;
    private Future<Cached> inFlight;

    record Cached(Buffer body, long expiresAt) {
    }

    record Source(String name, String serviceName, JsonObject document) {
    }

    public void serve(RoutingContext rc) {
        current().onComplete(result -> {
            if (result.failed()) {
                rc.fail(result.cause());
                return;
            }
            rc.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(result.result().body());
        });
    }

    /** The cached document, or one fetch shared by every request that arrives while it is built. */
    synchronized Future<Cached> current() {
        Cached c = cached;
        if (c != null && c.expiresAt() > System.currentTimeMillis()) {
            return Future.succeededFuture(c);
        }
        if (inFlight == null) {
            inFlight = build().andThen(r -> {
                synchronized (this) {
                    if (r.succeeded()) {
                        cached = r.result();
                    }
                    inFlight = null;
                }
            });
            if (inFlight.isComplete()) {
                // Completed synchronously: the callback ran before the assignment above.
                Future<Cached> done = inFlight;
                inFlight = null;
                return done;
            }
        }
        return inFlight;
    }

    private Future<Cached> build() {
        List<Upstream> all = new ArrayList<>(upstreams.all());
        List<Future<JsonObject>> fetches = new ArrayList<>();
        for (Upstream upstream : all) {
            fetches.add(fetch(upstream).otherwise(failure -> {
                LOG.warnf("OpenAPI of %s not available: %s", upstream.serviceName(), failure.toString());
                return null;
            }));
        }
        return Future.join(fetches).transform(ignored -> {
            List<Source> sources = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            JsonObject own = ownDocument();
            if (own != null) {
                sources.add(new Source(GATEWAY, GATEWAY, own));
            }
            for (int i = 0; i < all.size(); i++) {
                JsonObject document = fetches.get(i).result();
                if (document == null) {
                    missing.add(all.get(i).serviceName());
                } else {
                    sources.add(new Source(all.get(i).name(), all.get(i).serviceName(), document));
                }
            }
            JsonObject merged = withLogin(merge(sources, missing), config.openapi().loginIssuer().orElse(null));
            long ttl = missing.isEmpty() ? config.openapi().cacheTtl().toMillis() : Math.min(INCOMPLETE_TTL_MILLIS,
                    config.openapi().cacheTtl().toMillis());
            return Future.succeededFuture(new Cached(merged.toBuffer(), System.currentTimeMillis() + ttl));
        });
    }

    private Future<JsonObject> fetch(Upstream upstream) {
        long timeout = config.openapi().fetchTimeout().toMillis();
        return upstream.call(() -> upstream.client()
                .request(upstream.requestOptions(HttpMethod.GET, config.openapi().servicePath(), timeout)
                        .putHeader(HttpHeaders.ACCEPT, "application/json"))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    return body;
                })))
                .map(Buffer::toJsonObject);
    }

    /** The gateway's own endpoints (the overview), from the document Quarkus generated at build time. */
    private static JsonObject ownDocument() {
        try {
            var handle = Arc.container().instance(OpenApiDocumentService.class);
            if (!handle.isAvailable()) {
                return null;
            }
            byte[] json = handle.get().getDocument("<default>", Format.JSON);
            return json == null || json.length == 0 ? null : new JsonObject(Buffer.buffer(json));
        } catch (RuntimeException e) {
            LOG.debug("gateway's own OpenAPI document not available", e);
            return null;
        }
    }

    /** Pure merge of already fetched documents (package-private for unit tests). */
    static JsonObject merge(List<Source> sources, List<String> missing) {
        // Component names that two services define differently get that service's prefix.
        Map<String, Map<String, Set<String>>> renames = new HashMap<>();
        Map<String, Map<String, Object>> firstDefinition = new HashMap<>();
        Map<String, Set<String>> conflicting = new HashMap<>();
        for (Source source : sources) {
            JsonObject components = source.document().getJsonObject("components", new JsonObject());
            for (String type : components.fieldNames()) {
                JsonObject byName = components.getJsonObject(type, new JsonObject());
                for (String name : byName.fieldNames()) {
                    Object definition = byName.getValue(name);
                    Object first = firstDefinition.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(name, definition);
                    if (first != null && !first.equals(definition)) {
                        conflicting.computeIfAbsent(type, t -> new HashSet<>()).add(name);
                    }
                }
            }
        }
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        String openapiVersion = null;
        for (Source source : sources) {
            JsonObject document = source.document().copy();
            if (openapiVersion == null) {
                openapiVersion = document.getString("openapi");
            }
            Map<String, String> refRewrites = new HashMap<>();
            JsonObject ownComponents = document.getJsonObject("components", new JsonObject());
            for (String type : ownComponents.fieldNames()) {
                for (String name : ownComponents.getJsonObject(type, new JsonObject()).fieldNames()) {
                    if (conflicting.getOrDefault(type, Set.of()).contains(name)) {
                        String renamed = source.name() + "_" + name;
                        refRewrites.put("#/components/" + type + "/" + name, "#/components/" + type + "/" + renamed);
                        renames.computeIfAbsent(source.name(), s -> new HashMap<>())
                                .computeIfAbsent(type, t -> new HashSet<>()).add(name);
                    }
                }
            }
            if (!refRewrites.isEmpty()) {
                document = (JsonObject) rewriteRefs(document, refRewrites);
                ownComponents = document.getJsonObject("components", new JsonObject());
            }
            for (String type : ownComponents.fieldNames()) {
                JsonObject target = components.getJsonObject(type);
                if (target == null) {
                    target = new JsonObject();
                    components.put(type, target);
                }
                JsonObject byName = ownComponents.getJsonObject(type, new JsonObject());
                for (String name : byName.fieldNames()) {
                    boolean renamed = renames.getOrDefault(source.name(), Map.of()).getOrDefault(type, Set.of()).contains(name);
                    target.put(renamed ? source.name() + "_" + name : name, byName.getValue(name));
                }
            }
            JsonObject ownPaths = document.getJsonObject("paths", new JsonObject());
            for (String path : ownPaths.fieldNames()) {
                JsonObject item = ownPaths.getJsonObject(path).copy();
                item.put("x-minhbach-service", source.serviceName());
                JsonObject existing = paths.getJsonObject(path);
                paths.put(path, existing == null ? item : existing.mergeIn(item));
            }
            JsonArray ownTags = document.getJsonArray("tags", new JsonArray());
            for (int i = 0; i < ownTags.size(); i++) {
                JsonObject tag = ownTags.getJsonObject(i);
                tags.putIfAbsent(tag.getString("name"), tag);
            }
        }
        StringBuilder description = new StringBuilder(
                "API của hệ thống Minh Bạch qua cổng API (gateway): một tài liệu gộp từ các dịch vụ. "
                        + "The Minh Bạch API through its gateway, merged from the services' documents.\n\nIncluded: ");
        description.append(String.join(", ", sources.stream().map(Source::serviceName).toList()));
        if (!missing.isEmpty()) {
            description.append(".\n\nMissing (service not answering, retry shortly): ").append(String.join(", ", missing));
        }
        description.append('.');
        JsonObject merged = new JsonObject()
                .put("openapi", openapiVersion == null ? "3.1.0" : openapiVersion)
                .put("info", new JsonObject()
                        .put("title", "Minh Bạch API")
                        .put("version", "v1")
                        .put("description", description.toString())
                        .put("x-missing-services", new JsonArray(missing)))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("paths", paths)
                .put("components", components);
        if (!tags.isEmpty()) {
            merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        }
        return merged;
    }

    static final String LOGIN_SCHEME = "oidc";

    /**
     * Points the document's login at the issuer a browser can reach: a scheme {@value #LOGIN_SCHEME}
     * (OpenID Connect discovery, so Swagger UI offers the authorization code flow, with PKCE by its
     * configuration), every OpenID Connect scheme the services declared moved to the same URL (theirs
     * name the issuer as the services reach it, often an internal address), and a top-level optional
     * requirement so "Authorize" applies to every operation.
     */
    static JsonObject withLogin(JsonObject merged, String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return merged;
        }
        String base = issuer.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String discovery = base + "/.well-known/openid-configuration";
        JsonObject components = merged.getJsonObject("components");
        if (components == null) {
            components = new JsonObject();
            merged.put("components", components);
        }
        JsonObject schemes = components.getJsonObject("securitySchemes");
        if (schemes == null) {
            schemes = new JsonObject();
            components.put("securitySchemes", schemes);
        }
        for (String name : schemes.fieldNames()) {
            JsonObject scheme = schemes.getJsonObject(name);
            if (scheme != null && "openIdConnect".equals(scheme.getString("type"))) {
                scheme.put("openIdConnectUrl", discovery);
            }
        }
        schemes.put(LOGIN_SCHEME, new JsonObject()
                .put("type", "openIdConnect")
                .put("openIdConnectUrl", discovery)
                .put("description", "Đăng nhập Keycloak (authorization code + PKCE, client minhbach-mobile). "
                        + "Keycloak login: authorization code with PKCE, public client minhbach-mobile."));
        if (!merged.containsKey("security")) {
            // {} makes it optional: public operations stay callable without logging in.
            merged.put("security", new JsonArray()
                    .add(new JsonObject().put(LOGIN_SCHEME, new JsonArray()))
                    .add(new JsonObject()));
        }
        return merged;
    }

    private static Object rewriteRefs(Object node, Map<String, String> rewrites) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            for (String key : object.fieldNames()) {
                Object value = object.getValue(key);
                if ("$ref".equals(key) && value instanceof String ref && rewrites.containsKey(ref)) {
                    copy.put(key, rewrites.get(ref));
                } else {
                    copy.put(key, rewriteRefs(value, rewrites));
                }
            }
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            for (Object value : array) {
                copy.add(rewriteRefs(value, rewrites));
            }
            return copy;
        }
        return node;
    }
}
