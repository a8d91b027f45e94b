package vn.minhbach.petitions.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.service.command.PetitionIntake;
import vn.minhbach.petitions.rest.PetitionViews.IntakeResult;
import vn.minhbach.petitions.service.ClientSubmissions;
import vn.minhbach.chassis.idempotency.IdempotencyKeys;
import vn.minhbach.petitions.service.IntakeService;
import vn.minhbach.petitions.service.PetitionService;

/**
 * Records one intake and writes its answer (single intake and each item of a batch): a petition
 * already submitted by this caller under the same {@code externalReference} with the same request is
 * answered again (200, {@code Idempotent-Replayed}); under another request it is a 409.
 */
@ApplicationScoped
public class IntakeRecorder {

    public static final String OPERATION = "POST /api/v1/petitions";

    @Inject
    PetitionService petitions;
    @Inject
    IntakeService intake;
    @Inject
    PetitionMapping mapping;
    @Inject
    ClientSubmissions submissions;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public IdempotencyKeys.Answer record(PetitionIntake body) {
        String hash = body.externalReference() == null ? null : idempotency.requestHash(OPERATION, body);
        Optional<Petition> earlier = submissions.earlier(body.externalReference(), hash);
        if (earlier.isPresent()) {
            // the same request under the same externalReference: that petition again, as it is now
            Petition p = earlier.get();
            return new IdempotencyKeys.Answer(200, "/api/v1/petitions/" + p.id,
                    json(new IntakeResult(mapping.view(p), null)), p.id, true);
        }
        IntakeService.Intake result = intake.intake(body);
        Petition p = result.petition();
        submissions.stamp(p, body.externalReference(), hash);
        // serialised here so that a replay answers exactly these bytes
        return IdempotencyKeys.Answer.created("/api/v1/petitions/" + p.id,
                json(new IntakeResult(mapping.view(p), result.suggestions())), p.id);
    }

    private String json(Object answer) {
        try {
            return mapper.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intake answer", e);
        }
    }
}
