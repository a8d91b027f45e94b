package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Attachment;
import vn.minhbach.petitions.PendingUpload;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.config.PetitionsConfig;
import vn.minhbach.petitions.service.command.AttachmentInput;

/** A petition's files: checked, capped per petition, stored; and the petitioner's own files read back. */
@ApplicationScoped
public class PetitionAttachments {

    @Inject
    Caller caller;
    @Inject
    Uploads uploads;
    @Inject
    AuditLog audit;
    @Inject
    PetitionsConfig config;
    @Inject
    EntityManager em;
    @Inject
    PetitionService petitions;

        /**
     * Base64 attachments (kept for compatibility) and pending uploads (issue 20) onto a petition. Caps
     * per petition, over intake and every later addition: count and total bytes. Every file's type is
     * taken from its bytes ({@link ContentSniffer}); the client's label is not trusted.
     */
    public void add(Petition p, List<AttachmentInput> inputs, List<PendingUpload> uploads) {
        List<AttachmentInput> base64 = inputs == null ? List.of() : inputs;
        if (base64.isEmpty() && uploads.isEmpty()) {
            return;
        }
        Object[] held = (Object[]) em.createQuery(
                "select count(a), coalesce(sum(a.size), 0) from Attachment a where a.petitionId = :p")
                .setParameter("p", p.id).getSingleResult();
        long count = ((Number) held[0]).longValue();
        long total = ((Number) held[1]).longValue();
        for (AttachmentInput in : base64) {
            in.requireBase64();
            count = counted(count);
            byte[] bytes = decoded(in);
            total = totalled(total, bytes.length);
            FileChecks.Checked checked = FileChecks.check(in.name(), bytes);
            attach(p, in.name(), checked.type(), checked.bytes(), checked.sha256());
        }
        for (PendingUpload u : uploads) {
            count = counted(count);
            total = totalled(total, u.size);
            attach(p, u.name, u.contentType, u.content, u.sha256);
            u.delete();
        }
    }

    /** One more file on the petition, within the count cap. */
    private long counted(long count) {
        if (count + 1 > config.attachmentMaxCount()) {
            throw ProblemException.unprocessable("attachment.too-many", config.attachmentMaxCount());
        }
        return count + 1;
    }

    /** The petition's bytes with one more file, within the total cap. */
    private long totalled(long total, long size) {
        if (total + size > config.attachmentMaxTotalBytes()) {
            throw new ProblemException(413, "attachment.total-too-large", config.attachmentMaxTotalBytes());
        }
        return total + size;
    }

    /** The decoded bytes of a base64 attachment: not empty, within the size of one file. */
    private byte[] decoded(AttachmentInput in) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(in.contentBase64());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("attachment.invalid", in.name());
        }
        if (bytes.length == 0) {
            throw ProblemException.badRequest("attachment.invalid", in.name());
        }
        if (bytes.length > config.attachmentMaxBytes()) {
            throw new ProblemException(413, "attachment.too-large", in.name(), config.attachmentMaxBytes());
        }
        return bytes;
    }

    private void attach(Petition p, String name, String type, byte[] bytes, String sha256) {
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.petitionId = p.id;
        a.name = name;
        a.contentType = type;
        a.size = bytes.length;
        a.sha256 = sha256;
        a.content = bytes;
        a.addedBy = caller.name();
        a.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
    }

    @Transactional
    public Petition addAttachment(UUID id, AttachmentInput in) {
        Petition p = petitions.scoped(id);
        String name;
        if (in.uploadId() != null) {
            List<PendingUpload> taken = uploads.takeOwn(List.of(in.uploadId()));
            name = taken.get(0).name;
            add(p, List.of(), taken);
        } else {
            in.requireBase64();
            name = in.name();
            add(p, List.of(in), List.of());
        }
        audit.record(caller.name(), "petition.attachment-added", "petition", p.id.toString(), p.unitPath,
                Map.of("name", name));
        return p;
    }

    /**
     * The files of a petition that came from its petitioner (issue 20.3): those given at submission and
     * in their additions, i.e. added by the submitter ({@code anonymous} for a receipt-code petition).
     * Files officials attach (minutes, verification documents, replies) are case documents, not the
     * petitioner's: they are not offered here.
     */
    public List<Attachment> petitionersFiles(Petition p) {
        return Attachment.list("petitionId = ?1 and addedBy = ?2 order by addedAt, id", p.id, petitioner(p));
    }

    /** Who the petitioner's files were added by: the citizen's account, or {@code anonymous} with a receipt code. */
    private static String petitioner(Petition p) {
        return p.receiptHash != null ? "anonymous" : p.submittedBy;
    }

    /** One of {@link #petitionersFiles}, or 404 as for a missing one. */
    public Attachment petitionersFile(Petition p, UUID attachmentId) {
        Attachment a = attachmentId == null ? null
                : Attachment.find("id = ?1 and petitionId = ?2 and addedBy = ?3", attachmentId, p.id, petitioner(p))
                        .firstResult();
        if (a == null) {
            throw ProblemException.notFound("attachment.not-found", attachmentId);
        }
        return a;
    }
}
