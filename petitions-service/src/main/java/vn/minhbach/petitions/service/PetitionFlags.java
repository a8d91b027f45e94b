package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.messaging.PetitionEvents;
import vn.minhbach.petitions.service.command.CorruptionFlagCommand;
import vn.minhbach.petitions.service.command.RegisterCommand;

/** The steering committee's register of complex cases, corruption signs and the conclusion inspections reports. */
@ApplicationScoped
public class PetitionFlags {

    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    PetitionService petitions;

    @Transactional
    public Petition register(UUID id, RegisterCommand r) {
        Petition p = petitions.scoped(id);
        if (r.registerDate().isBefore(p.receivedDate)) {
            throw ProblemException.unprocessable("petition.effective-date.before-previous", r.registerDate(),
                    p.receivedDate);
        }
        p.registerComplex = r.complex();
        p.registerProlonged = r.prolonged();
        p.registerCrowded = r.crowded();
        p.registerReasons = r.reasons();
        p.registerDate = r.registerDate();
        audit.record(caller.name(), "petition.register-updated", "petition", p.id.toString(), p.unitPath,
                Map.of("complex", r.complex(), "prolonged", r.prolonged(), "crowded", r.crowded()));
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.REGISTER_UPDATED,
                new PetitionEvents.RegisterUpdated(p.unitPath, p.id, r.complex(), r.prolonged(), r.crowded(),
                        r.registerDate()));
        return p;
    }

    @Transactional
    public Petition flagCorruption(UUID id, CorruptionFlagCommand r) {
        Petition p = petitions.scoped(id);
        if (p.corruptionFlagged) {
            throw ProblemException.conflict("petition.corruption.already-flagged", p.number);
        }
        if (r.flaggedDate().isBefore(p.receivedDate)) {
            throw ProblemException.unprocessable("petition.effective-date.before-previous", r.flaggedDate(),
                    p.receivedDate);
        }
        p.corruptionFlagged = true;
        p.corruptionSummary = r.summary();
        p.flaggedDate = r.flaggedDate();
        p.flaggedBy = caller.name();
        audit.record(caller.name(), "petition.corruption-signs-flagged", "petition", p.id.toString(), p.unitPath,
                Map.of("flaggedDate", r.flaggedDate().toString()));
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.CORRUPTION_SIGNS_FLAGGED,
                new PetitionEvents.CorruptionSignsFlagged(p.unitPath, p.id, p.number, p.kind,
                        PetitionEvents.domains(p.domains), r.summary(), r.flaggedDate()));
        return p;
    }

    /** From inspections' {@code team.concluded}: the lead opened on this petition has a conclusion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordConclusion(UUID petitionId, String reference, LocalDate concludedDate) {
        Petition p = Petition.findById(petitionId);
        if (p == null) {
            Log.warnf("team.concluded names unknown petition %s; ignored", petitionId);
            return;
        }
        p.conclusionReference = reference;
        p.concludedDate = concludedDate;
        audit.record("system", "petition.conclusion-recorded", "petition", p.id.toString(), p.unitPath,
                Map.of("conclusionReference", reference));
    }
}
