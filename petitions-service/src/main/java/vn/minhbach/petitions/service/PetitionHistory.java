package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.Roles;

/** A petition's history: each step appended with the next number, its actor and the instant it was recorded. */
@ApplicationScoped
public class PetitionHistory {

    @Inject
    Caller caller;
    @Inject
    EntityManager em;

    /** A step by the caller. */
    public void append(Petition p, String action, PetitionStatus from, PetitionStatus to, LocalDate date,
            String documentReference, String note) {
        append(p, action, from, to, date, documentReference, note, actor());
    }

    /** A step by a named actor ({@code system} for what no request asked for). */
    public void append(Petition p, String action, PetitionStatus from, PetitionStatus to, LocalDate date,
            String documentReference, String note, String actor) {
        Number seq = (Number) em.createQuery(
                "select coalesce(max(t.seq), -1) + 1 from PetitionTransition t where t.petitionId = ?1")
                .setParameter(1, p.id).getSingleResult();
        PetitionTransition t = new PetitionTransition();
        t.id = UUID.randomUUID();
        t.petitionId = p.id;
        t.seq = seq.intValue();
        t.action = action;
        t.fromStatus = from;
        t.toStatus = to;
        t.effectiveDate = date;
        t.documentReference = documentReference;
        t.note = note;
        t.actor = actor;
        t.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.persist();
    }

    /**
     * A citizen's account name may be their name, phone or e-mail: officials see "petitioner" (the
     * identity stays with the identity custodian, docs/petitions.md "Denouncer protection").
     */
    private String actor() {
        return caller.isAnonymous() ? "anonymous" : petitionerOnly() ? "petitioner" : caller.name();
    }

    private boolean petitionerOnly() {
        return caller.hasRole(Roles.CITIZEN) && !caller.hasRole(Roles.RECEPTION_OFFICER)
                && !caller.hasRole(Roles.PETITION_HANDLER) && !caller.hasRole(Roles.PETITION_INTAKE);
    }
}
