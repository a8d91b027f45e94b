package vn.minhbach.chassis.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.chassis.security.Caller;

/**
 * The one implementation of {@code Idempotency-Key} for the state-changing methods of a resource class
 * annotated {@link Idempotent} (issue 19.6; the key's rules are {@link IdempotencyKeys}'):
 * <ul>
 * <li>the method runs in one transaction (joining one already running), so the key, the change and
 * its outbox event commit together, and a refusal (a 4xx problem) rolls the key back with the change;</li>
 * <li>with a key, the same caller, key and request (method, path with query, and the request body as
 * the service read it) within 24 hours get the first answer again, with {@code Idempotent-Replayed:
 * true}, and the change is applied once; the same key with another request is 409
 * {@code idempotency-key-reused}; a malformed key is 400 {@code idempotency-key-invalid};</li>
 * <li>without a key the method simply runs.</li>
 * </ul>
 * The answer kept is the status, {@code Location} and JSON body; a replay of a method that returns a
 * view (not a {@link Response}) is that view read back from the JSON.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class IdempotentInterceptor {

    @Inject
    IdempotencyKeys keys;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper mapper;
    @Inject
    CurrentVertxRequest request;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        Method method = ctx.getMethod();
        if (!changesState(method)) {
            return ctx.proceed();
        }
        RoutingContext rc = request.getCurrent();
        String key = rc == null ? null : IdempotencyKeys.key(rc.request().headers().getAll(IdempotencyKeys.HEADER));
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (key == null) {
                return proceed(ctx);
            }
            String operation = rc.request().method().name() + " " + rc.request().path()
                    + (rc.request().query() == null ? "" : "?" + rc.request().query());
            String hash = keys.requestHash(operation, body(method, ctx.getParameters()));
            boolean[] ran = {false};
            Object[] result = {null};
            IdempotencyKeys.Answer answer = keys.once(caller.subject(), key, hash, () -> {
                ran[0] = true;
                result[0] = proceed(ctx);
                return answerOf(result[0]);
            });
            if (ran[0]) {
                return result[0];
            }
            return replay(method, answer, rc);
        });
    }

    static boolean changesState(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
    }

    private static Object proceed(InvocationContext ctx) {
        try {
            return ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments the client sent in the body: those not taken from the path, query, headers or context. */
    private static List<Object> body(Method method, Object[] args) {
        List<Object> body = new ArrayList<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < args.length; i++) {
            if (!fromRequestLine(annotations[i])) {
                body.add(args[i]);
            }
        }
        return body;
    }

    private static boolean fromRequestLine(Annotation[] annotations) {
        for (Annotation a : annotations) {
            Class<? extends Annotation> t = a.annotationType();
            if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == Context.class
                    || t == BeanParam.class || t == CookieParam.class || t == MatrixParam.class || t == FormParam.class) {
                return true;
            }
        }
        return false;
    }

    private IdempotencyKeys.Answer answerOf(Object result) {
        try {
            if (result instanceof Response r) {
                URI location = r.getLocation();
                String where = location == null ? null
                        : location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
                Object entity = r.getEntity();
                String json = entity == null ? null
                        : entity instanceof String s ? s : mapper.writeValueAsString(entity);
                return new IdempotencyKeys.Answer(r.getStatus(), where, json, null, false);
            }
            return new IdempotencyKeys.Answer(result == null ? 204 : 200, null,
                    result == null ? null : mapper.writeValueAsString(result), null, false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the answer", e);
        }
    }

    private Object replay(Method method, IdempotencyKeys.Answer answer, RoutingContext rc) throws Exception {
        if (Response.class.isAssignableFrom(method.getReturnType())) {
            return answer.toResponse();
        }
        rc.addHeadersEndHandler(v -> rc.response().putHeader(IdempotencyKeys.REPLAYED_HEADER, "true"));
        if (answer.body() == null || method.getReturnType() == void.class) {
            return null;
        }
        return mapper.readValue(answer.body(), mapper.constructType(method.getGenericReturnType()));
    }
}
