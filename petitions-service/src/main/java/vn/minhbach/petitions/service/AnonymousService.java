package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.idempotency.IdempotencyKeys;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.service.command.AnonymousSubmission;

/**
 * Tố cáo nặc danh: a denunciation without an account. The receipt code is returned once; only its
 * SHA-256 is stored, so neither the database nor an operator can give it back.
 */
@ApplicationScoped
public class AnonymousService {

    @jakarta.inject.Inject
    vn.minhbach.chassis.units.UnitCheck units;

    @Inject
    Uploads uploads;
    @Inject
    PetitionService petitions;
    @Inject
    PetitionRegistration registration;
    @Inject
    PetitionAttachments attachments;
    @Inject
    PetitionAdditions additions;

    public record Submitted(Petition petition, String receiptCode) {
    }

    /** The receipt answer of a submission, as JSON, and whether it is a replay of an earlier one. */
    public record Receipt(String json, boolean replayed) {
    }

    @Inject
    IdempotencyKeys idempotency;
    @Inject
    IdentityCipher cipher;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;
    @Inject
    ReceiptLookups lookups;

    /**
     * A submission with an {@code Idempotency-Key}: a retry (same key, same body, within 24 hours)
     * answers the first receipt, with the same code, instead of recording a second denunciation. The
     * key is not stored (only a hash of it names the row), and the remembered answer is sealed under
     * the key ({@link IdentityCipher#sealFor}), so the receipt code stays readable by its holder only.
     */
    @Transactional
    public Receipt submitOnce(String key, AnonymousSubmission in,
            java.util.function.Function<Submitted, Object> answer) {
        if (key.length() < 16) {
            throw ProblemException.badRequest("idempotency-key-too-short", 16);
        }
        IdempotencyKeys.Answer a = idempotency.once("public", Texts.sha256("public-intake|" + key),
                idempotency.requestHash("POST /api/v1/public/petitions", in), () -> {
                    Submitted s = submit(in);
                    try {
                        return IdempotencyKeys.Answer.created(null,
                                cipher.sealFor(key, mapper.writeValueAsString(answer.apply(s))), s.petition().id);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new IllegalStateException("cannot write the receipt", e);
                    }
                });
        return new Receipt(cipher.openWith(key, a.body()), a.replayed());
    }

    @Transactional
    public Submitted submit(AnonymousSubmission in) {
        Channel channel = in.channel() == null ? Channel.WEB : in.channel();
        if (channel != Channel.WEB && channel != Channel.MOBILE_APP) {
            throw ProblemException.unprocessable("petition.channel.not-allowed", channel);
        }
        units.requireRegistered("unitPath", in.unitPath(), petitions.today());
        Petition p = registration.newPetition(in.unitPath(), petitions.today(), channel, PetitionKind.DENUNCIATION,
                in.subject(), in.domains(), in.content(), "anonymous", null);
        p.anonymous = true;
        String code = Texts.receiptCode();
        p.receiptHash = Texts.sha256(code);
        p.persist();
        attachments.add(p, in.attachments(), uploads.takeAnonymous(in.uploadTokens()));
        registration.received(p);
        return new Submitted(p, code);
    }

    /** The petition behind a receipt code, or 404 (the same answer for any wrong code). */
    public Petition byReceipt(String code) {
        String hash = Texts.sha256(Texts.normaliseReceipt(code));
        lookups.count(hash);
        Petition p = Petition.find("receiptHash", hash).firstResult();
        if (p == null) {
            throw ProblemException.notFound("receipt.not-found");
        }
        return p;
    }

    @Transactional
    public Petition addInformation(String code, String content, java.util.List<String> uploadTokens) {
        Petition p = byReceipt(code);
        if (p.status.settled()) {
            throw ProblemException.conflict("petition.settled", p.status);
        }
        additions.addition(p, content, "anonymous", uploads.takeAnonymous(uploadTokens));
        return p;
    }

    /**
     * The files of the petition behind a receipt code that came from its petitioner (issue 20.3), or
     * 404 for a wrong code.
     */
    public java.util.List<vn.minhbach.petitions.Attachment> ownFiles(String code) {
        return attachments.petitionersFiles(byReceipt(code));
    }

    /** One of those files, or 404: a wrong code, another petition's file, or one an official added. */
    public vn.minhbach.petitions.Attachment ownFile(String code, java.util.UUID attachmentId) {
        return attachments.petitionersFile(byReceipt(code), attachmentId);
    }

    /** The denouncer withdraws with the receipt code (issue 20, point 3): the same WITHDRAW step. */
    @Transactional
    public Petition withdraw(String code, String reason) {
        return petitions.petitionerStep(byReceipt(code), vn.minhbach.petitions.Action.WITHDRAW, null, reason);
    }
}
