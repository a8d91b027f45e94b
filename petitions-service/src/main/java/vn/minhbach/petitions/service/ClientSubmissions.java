package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.Roles;
import vn.minhbach.petitions.service.PetitionQueries.Submitter;

/**
 * Another government system as a client (issue 19.1): it reads back the petitions <em>it</em>
 * submitted, never another client's nor any official's, and may name each with its own reference
 * ({@code externalReference}), unique per client.
 *
 * <p>Ownership is the submitter recorded at intake: the token's user name (for a Keycloak client
 * credentials token, {@code service-account-<client id>}, one per client) with the role
 * {@value #SUBMITTER_ROLE}. A petition of another submitter answers the same 404 as a missing one.
 */
@ApplicationScoped
public class ClientSubmissions {

    /** {@code petition.submitter_role} of a petition submitted with {@code petition-intake}. */
    public static final String SUBMITTER_ROLE = "system";

    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    /**
     * A caller that reads as an integration client: {@code petition-intake} without any official role
     * that reads petitions of a unit (those keep their unit-wide view).
     */
    public boolean isClient() {
        return caller.hasRole(Roles.PETITION_INTAKE) && !caller.hasRole(Roles.RECEPTION_OFFICER)
                && !caller.hasRole(Roles.PETITION_HANDLER) && !caller.hasRole(Roles.LEADER)
                && !caller.hasRole(Roles.AUDITOR) && !caller.hasRole(Roles.IDENTITY_CUSTODIAN);
    }

    public Submitter me() {
        return new Submitter(caller.name(), SUBMITTER_ROLE);
    }

    /** One of the caller's own submissions, or 404 exactly as for a missing petition. */
    public Petition own(UUID id) {
        Petition p = Petition.findById(id);
        if (p == null || !SUBMITTER_ROLE.equals(p.submitterRole) || !caller.name().equals(p.submittedBy)) {
            throw ProblemException.notFound(PetitionService.NOT_FOUND, id);
        }
        return p;
    }

    /**
     * The petition this caller already submitted under {@code externalReference}: empty when there is
     * none; that petition when it was submitted with the same request ({@code requestHash}); a 409
     * {@code petition.external-reference.reused} when the reference was used for another request.
     */
    public Optional<Petition> earlier(String externalReference, String requestHash) {
        if (externalReference == null) {
            return Optional.empty();
        }
        Optional<Petition> earlier = Petition.<Petition>find("submittedBy = ?1 and externalReference = ?2",
                caller.name(), externalReference).firstResultOptional();
        earlier.filter(p -> !requestHash.equals(p.externalRequestHash == null ? null : p.externalRequestHash.trim()))
                .ifPresent(p -> {
                    throw ProblemException.conflict("petition.external-reference.reused", externalReference);
                });
        return earlier;
    }

    /** Records the reference on the new petition, in its transaction (the unique index settles a race: 409). */
    public void stamp(Petition p, String externalReference, String requestHash) {
        if (externalReference != null) {
            p.externalReference = externalReference;
            p.externalRequestHash = requestHash;
            em.flush();
        }
    }
}
