package vn.minhbach.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small Vert.x servers standing in for the services: they echo what they received (method, URI,
 * headers, body size), serve a fake OpenAPI document and readiness, answer the overview sources, and
 * can be stopped and started again on the same port to test 503, timeouts and the circuit breaker.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

    /** Short upstream name (as in the gateway's config) to service name. */
    static final Map<String, String> SERVICES = new LinkedHashMap<>(Map.of(
            "petitions", "petitions-service",
            "inspections", "inspections-service",
            "programs", "programs-service",
            "flaky", "flaky-service"));

    private static Vertx vertx;
    private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    private static final Map<String, HttpServer> SERVERS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String name : SERVICES.keySet()) {
            PORTS.put(name, freePort());
            HITS.put(name, new AtomicInteger());
            startServer(name);
            config.put("minhbach.gateway.upstreams." + name + ".url", "http://127.0.0.1:" + PORTS.get(name));
        }
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    static void stopServer(String name) {
        HttpServer server = SERVERS.remove(name);
        if (server != null) {
            await(server.close());
        }
    }

    static void startServer(String name) {
        if (SERVERS.containsKey(name)) {
            return;
        }
        Router router = Router.router(vertx);
        router.get("/q/health/ready").handler(rc -> rc.json(new JsonObject().put("status", "UP")));
        router.get("/q/openapi").handler(rc -> rc.json(openApi(name)));
        router.get("/api/v1/petitions/due-soon").handler(rc -> page(rc, name, "petition"));
        router.get("/api/v1/recommendations/open-for-my-unit").handler(rc -> page(rc, name, "recommendation"));
        router.get("/api/v1/tasks/overdue-for-my-unit").handler(rc -> page(rc, name, "task"));
        // a creation answered with the service's own origin in Location, as a service behind no proxy would
        router.post("/api/v1/petitions/located").handler(rc -> rc.response().setStatusCode(201)
                .putHeader("Location", "http://127.0.0.1:" + PORTS.get(name) + "/api/v1/petitions/42?x=1").end());
        router.route("/api/v1/*").handler(rc -> echo(rc, name));
        router.route("/open311/*").handler(rc -> echo(rc, name));
        HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(PORTS.get(name), "127.0.0.1"));
        SERVERS.put(name, server);
    }

    static int hits(String name) {
        return HITS.get(name).get();
    }

    /** Echo of the request as the service saw it; paths containing {@code /slow} answer after 3 s. */
    private static void echo(RoutingContext rc, String name) {
        HITS.get(name).incrementAndGet();
        var request = rc.request();
        long[] bytes = {0};
        request.handler(b -> bytes[0] += b.length());
        request.endHandler(v -> {
            JsonObject headers = new JsonObject();
            request.headers().forEach(e -> headers.put(e.getKey().toLowerCase(), e.getValue()));
            JsonObject body = new JsonObject()
                    .put("service", SERVICES.get(name))
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyBytes", bytes[0]);
            long delay = request.path().contains("/slow") ? 3000 : 0;
            Runnable answer = () -> {
                if (!rc.response().closed()) {
                    rc.response().putHeader("X-Request-Id", headers.getString("x-request-id", "none"));
                    // an upload (POST …/uploads) answers 201 as petitions-service's does
                    if (request.method().name().equals("POST") && request.path().endsWith("/uploads")) {
                        rc.response().setStatusCode(201);
                    }
                    rc.json(body);
                }
            };
            if (delay > 0) {
                vertx.setTimer(delay, t -> answer.run());
            } else {
                answer.run();
            }
        });
    }

    private static void page(RoutingContext rc, String name, String kind) {
        HITS.get(name).incrementAndGet();
        String auth = rc.request().getHeader("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            rc.response().setStatusCode(401).end();
            return;
        }
        JsonArray items = new JsonArray()
                .add(new JsonObject().put("id", kind + "-1").put("kind", kind))
                .add(new JsonObject().put("id", kind + "-2").put("kind", kind));
        rc.json(new JsonObject().put("items", items).put("page", 0).put("size", 20).put("totalItems", 2)
                .put("sawAuthorization", true));
    }

    /** A service document: its own path, a schema name shared with different content, one identical. */
    static JsonObject openApi(String name) {
        String path = switch (name) {
            case "petitions" -> "/api/v1/petitions";
            case "inspections" -> "/api/v1/teams";
            case "programs" -> "/api/v1/tasks";
            default -> "/api/v1/flaky";
        };
        JsonObject problemRef = new JsonObject().put("$ref", "#/components/schemas/Status");
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name).put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", name)))
                .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject()
                        .put("tags", new JsonArray().add(name))
                        .put("summary", "list " + name)
                        .put("responses", new JsonObject().put("200", new JsonObject()
                                .put("description", "OK")
                                .put("content", new JsonObject().put("application/json",
                                        new JsonObject().put("schema", problemRef))))))))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Status", new JsonObject().put("type", "string")
                                .put("enum", new JsonArray().add(name.toUpperCase() + "_OPEN")))
                        .put("PageMeta", new JsonObject().put("type", "object"))));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
