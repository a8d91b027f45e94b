package vn.minhbach.petitions.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import vn.minhbach.chassis.http.EntityTags;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Petition;
import vn.minhbach.chassis.idempotency.IdempotencyKeys;
import vn.minhbach.petitions.service.PetitionService;

/**
 * HTTP as integrators expect it on the POSTs that change a petition (transitions, extensions, links,
 * corruption signs, attachments) and on its register (issue 19.6):
 * <ul>
 * <li>{@code If-Match: "v<version>"} with another version than the petition's → 412
 * {@code precondition-failed}, checked in the command's transaction, on the row it locks;</li>
 * <li>{@code Idempotency-Key}: the same caller, key and request within 24 hours get the first answer
 * again ({@link IdempotencyKeys}, the mechanism of intake), so a retried transition is not applied
 * twice (nor answered with a 409 for the status it already reached);</li>
 * <li>the answer carries the petition's new {@code ETag}.</li>
 * </ul>
 * Every command through here increments the petition's version (the lock
 * {@code PESSIMISTIC_FORCE_INCREMENT}), so a tag read before any change no longer matches after it,
 * also when the change was to a related row (an attachment).
 */
@ApplicationScoped
public class GuardedCommands {

    @Inject
    PetitionService petitions;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityTags tags;

    /**
     * Runs {@code command} on petition {@code id}; answers {@code status} with the command's result.
     *
     * @param operation method and path template, e.g. {@code POST /api/v1/petitions/{id}/transitions}
     */
    @Transactional
    public Response run(String operation, UUID id, HttpHeaders headers, Object request, int status,
            Supplier<Object> command) {
        String key = IdempotencyKeys.key(headers.getRequestHeader(IdempotencyKeys.HEADER));
        Supplier<IdempotencyKeys.Answer> once = () -> {
            Petition p = petitions.scoped(id);
            tags.guard(p, () -> p.version); // If-Match, the forced new version, the answer's ETag
            Object result = command.get();
            return new IdempotencyKeys.Answer(status, null, json(result), id, false);
        };
        IdempotencyKeys.Answer answer = key == null ? once.get()
                : idempotency.once(caller.subject(), key,
                        idempotency.requestHash(operation + " " + id, request), once);
        return answer.toResponse(); // a replay has no ETag: the tag it had then is not the petition's now
    }

    private String json(Object result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
    }
}
