package vn.minhbach.chassis.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.function.LongSupplier;

/**
 * {@code ETag} and {@code If-Match} for a resource backed by an entity with an optimistic
 * {@code @Version} (issue 19.6; the tag is {@link Preconditions#etag}):
 * <ul>
 * <li>{@link #tag} on a read: the answer carries the entity's tag;</li>
 * <li>{@link #guard} at the start of a change, in its transaction: {@code If-Match} naming another
 * version is 412 {@code precondition-failed}; the row is locked and its version incremented whatever the
 * change touches (a related row such as a topic of a program counts), so a tag read before the change
 * no longer matches after it; the answer carries the new tag.</li>
 * </ul>
 * The header is written when the answer's headers are (after the transaction committed and the
 * version was flushed), and only on a 2xx answer.
 */
@ApplicationScoped
public class EntityTags {

    private static final String KEY = EntityTags.class.getName();

    @Inject
    CurrentVertxRequest request;
    @Inject
    EntityManager em;

    /** The answer to this request carries the version {@code version} gives when the headers are written. */
    public void tag(LongSupplier version) {
        RoutingContext rc = request.getCurrent();
        if (rc == null) {
            return;
        }
        boolean first = rc.get(KEY) == null;
        rc.put(KEY, version);
        if (first) {
            rc.addHeadersEndHandler(v -> {
                int status = rc.response().getStatusCode();
                LongSupplier current = rc.get(KEY);
                if (status >= 200 && status < 300 && !rc.response().headers().contains(Preconditions.ETAG)) {
                    rc.response().putHeader(Preconditions.ETAG, Preconditions.etag(current.getAsLong()));
                }
            });
        }
    }

    /**
     * For a resource whose store checks versions itself (a compare-and-set on its version, such as the
     * unit registry): 412 unless the request's {@code If-Match} (when sent) names {@code version}.
     */
    public void requireMatch(long version) {
        RoutingContext rc = request.getCurrent();
        if (rc != null) {
            Preconditions.requireMatch(rc.request().headers().getAll(Preconditions.IF_MATCH), version);
        }
    }

    /**
     * Checks the request's {@code If-Match} against {@code version}, then locks {@code entity} with a
     * forced version increment and tags the answer with the version after the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void guard(Object entity, LongSupplier version) {
        RoutingContext rc = request.getCurrent();
        if (rc != null) {
            Preconditions.requireMatch(rc.request().headers().getAll(Preconditions.IF_MATCH), version.getAsLong());
        }
        em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        tag(version);
    }
}
