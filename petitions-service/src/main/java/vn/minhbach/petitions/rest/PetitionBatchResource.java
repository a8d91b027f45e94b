package vn.minhbach.petitions.rest;

import static vn.minhbach.petitions.Roles.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.minhbach.chassis.problem.Problem;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.problem.ProblemMappers;
import vn.minhbach.chassis.problem.ProblemMessages;
import vn.minhbach.chassis.problem.Problems;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.service.command.PetitionIntake;
import vn.minhbach.chassis.idempotency.IdempotencyKeys;

/**
 * Batch intake for systems that forward in bulk (issue 19.7): up to 100 petitions in one request, each
 * validated, recorded and answered on its own — in its own transaction, so one refused item does not
 * undo the others — with its own {@code idempotencyKey} (the same key space as the single intake's
 * {@code Idempotency-Key} header: an item retried alone, or the whole batch retried, records nothing
 * twice) and its own {@code externalReference}.
 */
@Path("/api/v1/petitions/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Petitions (Đơn thư)")
public class PetitionBatchResource {

    public static final int MAX_ITEMS = 100;

    @Schema(name = "BatchIntakeItem")
    public record BatchItem(
            @Schema(description = "Like the Idempotency-Key header of a single intake: 1-128 visible ASCII characters",
                    minLength = 1, maxLength = 128, pattern = "^[\\x21-\\x7E]+$") String idempotencyKey,
            @Schema(required = true) PetitionIntake petition) {
    }

    @Schema(name = "BatchIntake")
    public record BatchIntake(@NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull BatchItem> items) {
    }

    /** One item's answer: what a single intake would have answered (status, Location, body or problem). */
    @Schema(name = "BatchIntakeResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(int index, int status, String location, Boolean idempotentReplayed,
            @Schema(implementation = PetitionViews.IntakeResult.class) @JsonRawValue String result,
            Problem problem) {
    }

    @Schema(name = "BatchIntakeResults")
    public record BatchResult(List<ItemResult> items, int succeeded, int failed) {
    }

    @Inject
    IntakeRecorder recorder;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    Caller caller;
    @Inject
    Validator validator;

    @POST
    @RolesAllowed({RECEPTION_OFFICER, PETITION_HANDLER, PETITION_INTAKE})
    @Operation(operationId = "intakePetitionBatch", summary = "Tiếp nhận đơn theo lô: up to 100 petitions, each "
            + "with its own idempotencyKey and its own result (201/200 replay/4xx problem); 200 for the batch")
    public BatchResult intake(@Context HttpHeaders headers, @Context UriInfo uri,
            @NotNull @Valid BatchIntake batch) {
        Locale locale = ProblemMessages.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<ItemResult> results = new ArrayList<>();
        int ok = 0;
        for (int i = 0; i < batch.items().size(); i++) {
            ItemResult r = one(i, batch.items().get(i), locale, headers, uri);
            results.add(r);
            ok += r.status() < 400 ? 1 : 0;
        }
        return new BatchResult(results, ok, results.size() - ok);
    }

    private ItemResult one(int index, BatchItem item, Locale locale, HttpHeaders headers, UriInfo uri) {
        String instance = uri.getPath() + "#/items/" + index;
        try {
            if (item.petition() == null) {
                throw ProblemException.badRequest("batch.item.petition-missing");
            }
            Set<ConstraintViolation<PetitionIntake>> violations = validator.validate(item.petition());
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            String key = item.idempotencyKey() == null ? null : IdempotencyKeys.key(List.of(item.idempotencyKey()));
            PetitionIntake petition = item.petition();
            IdempotencyKeys.Answer a = QuarkusTransaction.requiringNew().call(() -> key == null
                    ? recorder.record(petition)
                    : idempotency.once(caller.subject(), key,
                            idempotency.requestHash(IntakeRecorder.OPERATION, petition),
                            () -> recorder.record(petition)));
            String location = uri.getBaseUriBuilder().path(a.location()).build().toString();
            return new ItemResult(index, a.status(), location, a.replayed() ? Boolean.TRUE : null, a.body(), null);
        } catch (ProblemException e) {
            return failed(index, Problems.problem(e.status(), e.key(), locale, instance, e.args()));
        } catch (ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            return failed(index, Problems.withErrors(
                    Problems.problem(400, "validation", locale, instance, errors.size()), errors));
        } catch (RuntimeException e) {
            // unique violations (409), a database down (503), anything else (500 with an error id)
            Object entity = new ProblemMappers().unexpected(e, headers, uri).getEntity();
            if (entity instanceof Problem p) {
                return failed(index, new Problem(p.type(), p.title(), p.status(), p.detail(), instance, p.errors(),
                        p.errorId()));
            }
            throw e;
        }
    }

    private static ItemResult failed(int index, Problem problem) {
        return new ItemResult(index, problem.status(), null, null, null, problem);
    }

}
