package vn.minhbach.chassis.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Supplier;
import vn.minhbach.chassis.security.Caller;

/**
 * A state-changing POST on one resource ({@code POST /teams/{id}/conclusion}, …) as integrators expect
 * it (issue 19.6): with an {@code Idempotency-Key}, the same caller, key and request within 24 hours
 * get the first answer again and the change is applied once; without one, the command simply runs.
 * The command and the key commit in one transaction.
 */
@ApplicationScoped
public class IdempotentCommands {

    @Inject
    IdempotencyKeys keys;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper mapper;

    /**
     * Runs {@code command} (its result is the answer's JSON body, with {@code status}).
     *
     * @param operation method and path template, e.g. {@code POST /api/v1/teams/{id}/conclusion}
     * @param id        the resource the command changes (part of what the key is bound to)
     */
    @Transactional
    public Response run(String operation, UUID id, HttpHeaders headers, Object request, int status,
            Supplier<Object> command) {
        return answer(operation, id, headers, request,
                () -> new IdempotencyKeys.Answer(status, null, json(command.get()), id, false));
    }

    /** As {@link #run}, for a command that makes its own answer (a creation: 201 with its Location). */
    @Transactional
    public Response answer(String operation, UUID id, HttpHeaders headers, Object request,
            Supplier<IdempotencyKeys.Answer> command) {
        String key = IdempotencyKeys.key(headers.getRequestHeader(IdempotencyKeys.HEADER));
        IdempotencyKeys.Answer answer = key == null ? command.get()
                : keys.once(caller.subject(), key, keys.requestHash(operation + " " + id, request), command);
        return answer.toResponse();
    }

    /** The JSON body of an answer. */
    public String json(Object result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
    }
}
