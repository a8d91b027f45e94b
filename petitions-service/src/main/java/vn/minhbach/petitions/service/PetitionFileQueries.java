package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Attachment;
import vn.minhbach.petitions.PetitionAddition;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.Petitioner;

/**
 * The parts of one petition's file a view shows (issue 21.4: read here, not in the resources): its history,
 * attachments, additions, petitioners' fingerprints. Each is one statement for the one petition; the callers
 * have already loaded the petition within the caller's scope.
 */
@ApplicationScoped
public class PetitionFileQueries {

    @Inject
    EntityManager em;

    /** The history steps, in order. */
    public List<PetitionTransition> history(UUID petitionId) {
        return PetitionTransition.list("petitionId = ?1 order by seq", petitionId);
    }

    public List<Attachment> attachments(UUID petitionId) {
        return Attachment.list("petitionId = ?1 order by addedAt", petitionId);
    }

    /** The texts the petitioner added, oldest first. */
    public List<String> additions(UUID petitionId) {
        return PetitionAddition.<PetitionAddition>list("petitionId = ?1 order by addedAt", petitionId).stream()
                .map(a -> a.content).toList();
    }

    public List<String> petitionerFingerprints(UUID petitionId) {
        return Petitioner.<Petitioner>list("petitionId", petitionId).stream().map(x -> x.fingerprint).toList();
    }

    /** One attachment of the petition, or 404 as for a missing one. */
    public Attachment attachment(UUID petitionId, UUID attachmentId) {
        Attachment a = Attachment.find("id = ?1 and petitionId = ?2", attachmentId, petitionId).firstResult();
        if (a == null) {
            throw ProblemException.notFound("attachment.not-found", attachmentId);
        }
        return a;
    }

    /** The unit of a petition, read whatever the caller's scope (for an audit entry). */
    public Optional<String> unitPathOf(UUID petitionId) {
        List<?> found = em.createNativeQuery("select unit_path from petition where id = ?1")
                .setParameter(1, petitionId).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of((String) found.get(0));
    }
}
