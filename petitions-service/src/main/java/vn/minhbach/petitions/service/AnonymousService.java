package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.rest.PetitionRequests.AnonymousSubmission;

/**
 * Tố cáo nặc danh: a denunciation without an account. The receipt code is returned once; only its
 * SHA-256 is stored, so neither the database nor an operator can give it back.
 */
@ApplicationScoped
public class AnonymousService {

    @jakarta.inject.Inject
    vn.minhbach.chassis.units.UnitCheck units;

    @Inject
    PetitionService petitions;

    public record Submitted(Petition petition, String receiptCode) {
    }

    @Transactional
    public Submitted submit(AnonymousSubmission in) {
        Channel channel = in.channel() == null ? Channel.WEB : in.channel();
        if (channel != Channel.WEB && channel != Channel.MOBILE_APP) {
            throw ProblemException.unprocessable("petition.channel.notAllowed", channel);
        }
        units.requireRegistered("unitPath", in.unitPath(), petitions.today());
        Petition p = petitions.newPetition(in.unitPath(), petitions.today(), channel, PetitionKind.DENUNCIATION,
                in.subject(), in.domains(), in.content(), "anonymous", null);
        p.anonymous = true;
        String code = Texts.receiptCode();
        p.receiptHash = Texts.sha256(code);
        p.persist();
        petitions.addAttachments(p, in.attachments());
        petitions.received(p);
        return new Submitted(p, code);
    }

    /** The petition behind a receipt code, or 404 (the same answer for any wrong code). */
    public Petition byReceipt(String code) {
        Petition p = Petition.find("receiptHash", Texts.sha256(Texts.normaliseReceipt(code))).firstResult();
        if (p == null) {
            throw ProblemException.notFound("receipt.notFound");
        }
        return p;
    }

    @Transactional
    public Petition addInformation(String code, String content) {
        Petition p = byReceipt(code);
        if (p.status.settled()) {
            throw ProblemException.conflict("petition.settled", p.status);
        }
        petitions.addition(p, content, "anonymous");
        return p;
    }

}
