package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.Petitioner;
import vn.minhbach.petitions.config.PetitionsConfig;

/**
 * The identity custodian's reveal of who filed a petition (Law on Denunciations 2018, Art. 47: the
 * denouncer's identity is protected): a recent login, the petition in the custodian's scope, the
 * identities decrypted, and the reveal audited with its reason in the same transaction, so no
 * identity leaves without its audit entry. The web layer only maps the result.
 */
@ApplicationScoped
public class IdentityReveals {

    /** One petitioner as the custodian sees it. */
    public record Identity(boolean representative, String name, String idNumber, String address, String phone,
            String email) {
    }

    /** What a reveal shows: the petition's number and its petitioners in their order. */
    public record Revealed(UUID petitionId, String number, List<Identity> petitioners) {
    }

    @Inject
    PetitionService petitions;
    @Inject
    IdentityCipher cipher;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    PetitionsConfig config;

    @Transactional
    public Revealed reveal(UUID id, String reason) {
        caller.requireRecentAuthentication(config.revealMaxAuthAge(), Instant.now());
        Petition p = petitions.scoped(id);
        List<Identity> people = Petitioner.<Petitioner>list("petitionId = ?1 order by position", p.id).stream()
                .map(x -> new Identity(x.representative, cipher.decrypt(x.nameEnc), cipher.decrypt(x.idNumberEnc),
                        cipher.decrypt(x.addressEnc), cipher.decrypt(x.phoneEnc), cipher.decrypt(x.emailEnc)))
                .toList();
        audit.record(caller.name(), "petition.identity-revealed", "petition", p.id.toString(), p.unitPath,
                Map.of("reason", reason, "petitioners", people.size()));
        return new Revealed(p.id, p.number, people);
    }
}
