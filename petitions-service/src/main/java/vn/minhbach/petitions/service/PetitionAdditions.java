package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.PendingUpload;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionAddition;
import vn.minhbach.petitions.messaging.PetitionEvents;

/** Information the petitioner adds to their petition, with files, as a step of its history. */
@ApplicationScoped
public class PetitionAdditions {

    @Inject
    Caller caller;
    @Inject
    Uploads uploads;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    PetitionService petitions;
    @Inject
    PetitionHistory history;
    @Inject
    PetitionAttachments attachments;

    /** History action of {@link #addition}: information added by the petitioner. */
    public static final String ADD_INFORMATION = "ADD_INFORMATION";

    /**
     * Information added by the petitioner, with files they uploaded before (issue 20.3): the files go
     * through the same per-petition caps as any attachment, and the whole is one history step
     * ({@link #ADD_INFORMATION}) and one {@code petition.information-added} event.
     */
    @Transactional
    public void addition(Petition p, String content, String by, List<PendingUpload> files) {
        attachments.add(p, List.of(), files);
        PetitionAddition a = new PetitionAddition();
        a.id = UUID.randomUUID();
        a.petitionId = p.id;
        a.content = content;
        a.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.addedBy = by;
        a.persist();
        audit.record(by, "petition.information-added", "petition", p.id.toString(), p.unitPath,
                files.isEmpty() ? Map.of() : Map.of("attachments", files.size()));
        // A step of its own in the history (no status change) and its event, in the same transaction.
        history.append(p, ADD_INFORMATION, p.status, p.status, petitions.today(), null, null);
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.INFORMATION_ADDED,
                new PetitionEvents.InformationAdded(p.unitPath, p.id, p.status, petitions.today(),
                        "anonymous".equals(by) ? "anonymous" : "citizen"));
    }

    /** A citizen adds information to their own petition (issue 20, point 3). */
    @Transactional
    public Petition addInformation(Petition p, String content, List<UUID> uploadIds) {
        if (p.status.settled()) {
            throw ProblemException.conflict("petition.settled", p.status);
        }
        addition(p, content, caller.name(), uploads.takeOwn(uploadIds));
        return p;
    }
}
