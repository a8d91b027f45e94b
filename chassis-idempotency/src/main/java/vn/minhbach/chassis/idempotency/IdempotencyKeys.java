package vn.minhbach.chassis.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.retention.RetentionRule;

/**
 * {@code Idempotency-Key} for a creating POST: the same caller, key and request within 24 hours get
 * the first answer again (status, Location, body byte for byte) and nothing is created twice; the
 * same key with a different request is a 409 {@code idempotency-key-reused}.
 *
 * <p>The key row is inserted first, in the transaction that creates the resource, so the primary key
 * (caller, key) decides between concurrent duplicates: PostgreSQL makes the second insert wait for the
 * first transaction; if that one commits, the second finds its row and replays its answer (what a
 * client retrying after a timeout expects); if it rolls back, the second goes ahead as the first.
 * Only successful answers are kept: a refused request (400/409/422) leaves no row, so the client can
 * correct it and send it again with the same key.
 *
 * <p>A service that uses it has the table {@code idempotency_key} in its own migrations (petitions
 * V3, inspections V11: the same definition); {@link IdempotentCommands} wraps a state-changing POST
 * with it. Keys are purged by the chassis' Retention.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a replayed answer, so a client (or an operator reading a trace) can tell. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final String RETENTION = "24 hours";
    static final String TABLE = "idempotency_key";
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /** The answer to remember and to replay. {@code location} is relative to the service root. */
    public record Answer(int status, String location, String body, UUID resourceId, boolean replayed) {

        public static Answer created(String location, String body, UUID resourceId) {
            return new Answer(201, location, body, resourceId, false);
        }

        public Response toResponse() {
            Response.ResponseBuilder r = Response.status(status).type("application/json").entity(body);
            if (location != null) {
                r.location(URI.create(location));
            }
            if (replayed) {
                r.header(REPLAYED_HEADER, "true");
            }
            return r.build();
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    /**
     * The key from the request's {@code Idempotency-Key} headers: null without one, a 400 problem
     * unless there is exactly one value of 1–128 visible ASCII characters.
     */
    public static String key(List<String> headerValues) {
        if (headerValues == null || headerValues.isEmpty()) {
            return null;
        }
        if (headerValues.size() > 1 || headerValues.get(0) == null || !FORMAT.matcher(headerValues.get(0)).matches()) {
            throw ProblemException.badRequest("idempotency-key-invalid");
        }
        return headerValues.get(0);
    }

    /** SHA-256 of the operation and the request as the service read it (formatting and unknown fields do not count). */
    public String requestHash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }

    /**
     * Runs {@code action} once for this caller and key, in the caller's transaction, and remembers its
     * answer; a repeat answers the remembered one with {@link Answer#replayed()} set.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Answer once(String caller, String key, String requestHash, Supplier<Answer> action) {
        for (int attempt = 0; attempt < 3; attempt++) {
            // Claims the key: a new row, or one whose 24 hours are over (then the key starts afresh).
            // A row of a transaction still running makes this statement wait for its outcome.
            int claimed = em.createNativeQuery("""
                    insert into idempotency_key (caller, key, request_hash, created_at) values (?1, ?2, ?3, now())
                    on conflict (caller, key) do update set request_hash = excluded.request_hash,
                        created_at = excluded.created_at, resource_id = null, response_status = null,
                        response_location = null, response_body = null
                    where idempotency_key.created_at < now() - cast(?4 as interval)""")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, RETENTION).executeUpdate();
            if (claimed == 1) {
                Answer answer = action.get();
                em.createNativeQuery("""
                        update idempotency_key set resource_id = ?3, response_status = ?4, response_location = ?5,
                            response_body = ?6 where caller = ?1 and key = ?2""")
                        .setParameter(1, caller).setParameter(2, key).setParameter(3, answer.resourceId())
                        .setParameter(4, answer.status()).setParameter(5, answer.location())
                        .setParameter(6, answer.body()).executeUpdate();
                return answer;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select request_hash, response_status, response_location, response_body, resource_id
                    from idempotency_key where caller = ?1 and key = ?2""")
                    .setParameter(1, caller).setParameter(2, key).getResultList();
            if (rows.isEmpty()) {
                continue; // purged between the two statements: claim it again
            }
            Object[] row = rows.get(0);
            if (!requestHash.equals(String.valueOf(row[0]).trim()) || row[1] == null) {
                throw ProblemException.conflict("idempotency-key-reused");
            }
            return new Answer(((Number) row[1]).intValue(), (String) row[2], (String) row[3],
                    row[4] == null ? null : UUID.fromString(row[4].toString()), true);
        }
        throw ProblemException.conflict("idempotency-key-reused");
    }

    /**
     * Forgets keys after their 24 hours, with the answers they kept (a day's margin more, so a key is
     * never purged while {@link #once} could still replay it). A service without the table skips it.
     */
    @Produces
    RetentionRule purge() {
        return new RetentionRule(TABLE, "created_at", null, Optional.of(Duration.ofDays(2)));
    }
}
