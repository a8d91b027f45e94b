package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.Petitioner;
import vn.minhbach.petitions.Roles;
import vn.minhbach.petitions.service.command.AttachmentInput;
import vn.minhbach.petitions.service.command.PetitionIntake;
import vn.minhbach.petitions.service.command.PetitionerInput;

/**
 * Intake through the petitions API: a petition from an official, a citizen or another system, checked, its
 * petitioners encrypted, its files attached, then numbered and announced by {@link PetitionRegistration}.
 */
@ApplicationScoped
public class IntakeService {

    @Inject
    Caller caller;
    @Inject
    Uploads uploads;
    @Inject
    IdentityCipher cipher;
    @Inject
    EntityManager em;
    @Inject
    DuplicateFinder duplicates;
    @Inject
    TokenPetitioner tokenPetitioner;
    @Inject
    vn.minhbach.chassis.units.UnitCheck units;
    @Inject
    PetitionService petitions;
    @Inject
    PetitionAttachments attachments;
    @Inject
    PetitionRegistration registration;

    public record Intake(Petition petition, List<DuplicateSuggestion> suggestions) {
    }

    private boolean official() {
        return caller.hasRole(Roles.RECEPTION_OFFICER) || caller.hasRole(Roles.PETITION_HANDLER);
    }

    /** Who files (official, system or citizen), into which unit, by which channel. */
    private record Origin(String role, String unit, Channel channel) {
    }

    /** Intake by an official (paper, reception), a citizen (app/web) or another system (API). */
    @Transactional
    public Intake intake(PetitionIntake in) {
        Origin origin = origin(in);
        String role = origin.role();
        String unit = origin.unit();
        LocalDate received = in.receivedDate() == null || role.equals("citizen") ? petitions.today() : in.receivedDate();
        units.requireRegistered("unitPath", unit, received);
        if (in.isAnonymous()) {
            return anonymousLetter(in, unit, received, origin.channel(), role);
        }
        if ((in.petitioners() == null || in.petitioners().isEmpty()) && role.equals("citizen")) {
            // A citizen need not type themselves: the petitioner is the one the login token names.
            in = withPetitioners(in, tokenPetitioner.fromToken().map(List::of).orElse(List.of()));
        }
        requirePetitioners(in.petitioners());
        // Duplicate search: only the same petitioner here; similar texts are looked for when read (DuplicateFinder).
        // Who filed what is protected (Law on Denunciations 2018, Art. 47(1)(b)): suggestions name other
        // petitions of the same person, so they go only to an official, only within the official's own
        // subtree; a citizen or another system filing in someone's name learns nothing (null: no field).
        List<DuplicateSuggestion> suggestions = !role.equals("official") ? null
                : duplicates.samePetitioner(UUID.randomUUID(), unit, received,
                        in.subject().description().trim(), in.subject().unit(), in.content(),
                        in.petitioners().stream().map(who -> cipher.fingerprint(who.name(), who.idNumber())).toList(),
                        caller.unit());
        Petition p = registration.newPetition(unit, received, origin.channel(), in.kind(), in.subject(), in.domains(), in.content(),
                role, caller.name());
        p.petitionerCount = in.petitioners().size();
        p.persist();
        addPetitioners(p, in.petitioners());
        addFiles(p, in);
        registration.received(p);
        em.flush();
        return new Intake(p, suggestions);
    }

    private Origin origin(PetitionIntake in) {
        if (official()) {
            String unit = in.unitPath() == null ? caller.unit() : in.unitPath();
            requireCovered(unit);
            Channel channel = in.channel() == null ? Channel.AT_RECEPTION : in.channel();
            if (channel == Channel.GOVERNMENT_SYSTEM) {
                throw ProblemException.unprocessable("petition.channel.not-allowed", channel);
            }
            return new Origin("official", unit, channel);
        }
        if (caller.hasRole(Roles.PETITION_INTAKE)) {
            String unit = requireUnit(in.unitPath());
            requireCovered(unit);
            return new Origin("system", unit, Channel.GOVERNMENT_SYSTEM);
        }
        String unit = requireUnit(in.unitPath());
        Channel channel = in.channel() == null ? Channel.MOBILE_APP : in.channel();
        if (channel != Channel.MOBILE_APP && channel != Channel.WEB) {
            throw ProblemException.unprocessable("petition.channel.not-allowed", channel);
        }
        return new Origin("citizen", unit, channel);
    }

    private void requireCovered(String unit) {
        if (!caller.covers(unit)) {
            throw ProblemException.unprocessable("petition.unit.outside-scope", unit);
        }
    }

    private static void requirePetitioners(List<PetitionerInput> petitioners) {
        if (petitioners == null || petitioners.isEmpty()) {
            throw ProblemException.unprocessable("petition.petitioners.required");
        }
        long representatives = petitioners.stream().filter(PetitionerInput::representative).count();
        if (petitioners.size() > 1 && representatives != 1) {
            throw ProblemException.unprocessable("petition.petitioners.representative");
        }
    }

    /** The petitioners, each field encrypted, with the fingerprint duplicates are found by. */
    private void addPetitioners(Petition p, List<PetitionerInput> petitioners) {
        int position = 0;
        for (PetitionerInput who : petitioners) {
            Petitioner row = new Petitioner();
            row.id = UUID.randomUUID();
            row.petitionId = p.id;
            row.position = position++;
            row.representative = petitioners.size() == 1 || who.representative();
            row.nameEnc = cipher.encrypt(who.name());
            row.idNumberEnc = cipher.encrypt(who.idNumber());
            row.addressEnc = cipher.encrypt(who.address());
            row.phoneEnc = cipher.encrypt(who.phone());
            row.emailEnc = cipher.encrypt(who.email());
            row.fingerprint = cipher.fingerprint(who.name(), who.idNumber());
            row.persist();
        }
    }

    /** The intake's files: an attachment given by uploadId is the same as one listed in uploadIds. */
    private void addFiles(Petition p, PetitionIntake in) {
        List<UUID> uploadIds = new java.util.ArrayList<>(in.uploadIds() == null ? List.of() : in.uploadIds());
        List<AttachmentInput> base64 = new java.util.ArrayList<>();
        for (AttachmentInput a : in.attachments() == null ? List.<AttachmentInput>of() : in.attachments()) {
            if (a.uploadId() != null) {
                uploadIds.add(a.uploadId());
            } else {
                base64.add(a);
            }
        }
        attachments.add(p, base64, uploads.takeOwn(uploadIds));
    }

    private static PetitionIntake withPetitioners(PetitionIntake in, List<PetitionerInput> petitioners) {
        return new PetitionIntake(in.unitPath(), in.receivedDate(), in.channel(), in.kind(), petitioners, in.subject(),
                in.domains(), in.content(), in.attachments(), in.uploadIds(), in.externalReference(), in.anonymous());
    }

    /**
     * An anonymous letter an official records (post, letter box): the law treats an anonymous
     * denunciation as information to be processed (Luật Tố cáo 2018 Đ.25). Kind DENUNCIATION, no
     * petitioner, the received date the official gives (default today), channel default POST; shown
     * like a public-form submission (only the day of each step), with no receipt code: nobody holds one.
     */
    private Intake anonymousLetter(PetitionIntake in, String unit, LocalDate received, Channel channel, String role) {
        if (!role.equals("official")) {
            throw ProblemException.unprocessable("petition.anonymous.officials-only");
        }
        if (in.kind() != PetitionKind.DENUNCIATION) {
            throw ProblemException.unprocessable("petition.anonymous.denunciation-only", in.kind());
        }
        if (in.petitioners() != null && !in.petitioners().isEmpty()) {
            throw ProblemException.unprocessable("petition.anonymous.petitioners");
        }
        Channel letter = in.channel() == null ? Channel.POST : channel;
        Petition p = registration.newPetition(unit, received, letter, in.kind(), in.subject(), in.domains(), in.content(),
                role, caller.name());
        p.anonymous = true;
        p.petitionerCount = 0;
        p.persist();
        attachments.add(p, in.attachments(), List.of());
        registration.received(p);
        em.flush();
        return new Intake(p, null);
    }

    private static String requireUnit(String unit) {
        if (unit == null || !UnitPath.isValid(unit)) {
            throw ProblemException.unprocessable("petition.unit.required");
        }
        return unit;
    }
}
