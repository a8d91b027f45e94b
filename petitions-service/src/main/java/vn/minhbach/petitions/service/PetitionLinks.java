package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Action;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.Step;
import vn.minhbach.petitions.service.command.LinkCommand;
import vn.minhbach.petitions.service.command.LinkKind;

/** Links between petitions: a duplicate (filed) or a repeat of an earlier one. */
@ApplicationScoped
public class PetitionLinks {

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    PetitionService petitions;

    /** A duplicate is filed (not a new matter); a repeat stays a matter of its own, linked to the earlier one. */
    @Transactional
    public Petition link(UUID id, LinkCommand r) {
        Petition p = petitions.scoped(id);
        if (r.otherPetitionId().equals(id)) {
            throw ProblemException.unprocessable("petition.link.self");
        }
        Petition other = petitions.scoped(r.otherPetitionId());
        if (r.kind() == LinkKind.DUPLICATE) {
            p.duplicateOf = other.id;
            if (p.status == PetitionStatus.RECEIVED) {
                petitions.transition(id, Step.of(Action.FILE, r.effectiveDate(), r.documentReference(),
                        "duplicateOf=" + other.number).filed(Step.FileReason.DUPLICATE));
            }
        } else {
            p.repeatOf = other.id;
        }
        audit.record(caller.name(), "petition.linked", "petition", p.id.toString(), p.unitPath,
                Map.of("kind", r.kind().name(), "other", other.id.toString()));
        return p;
    }
}
