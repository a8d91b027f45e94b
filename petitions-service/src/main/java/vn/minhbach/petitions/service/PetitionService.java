package vn.minhbach.petitions.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.minhbach.chassis.time.BusinessClock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.UnitPath;
import vn.minhbach.petitions.Action;
import vn.minhbach.petitions.Attachment;
import vn.minhbach.petitions.PendingUpload;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Complexity;
import vn.minhbach.petitions.Deadline;
import vn.minhbach.petitions.DeadlineRule;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.Outcome;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionAddition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.PetitionTransition;
import vn.minhbach.petitions.Petitioner;
import vn.minhbach.petitions.Step;
import vn.minhbach.petitions.config.PetitionsConfig;
import vn.minhbach.petitions.messaging.PetitionEvents;
import vn.minhbach.petitions.rest.PetitionRequests.AttachmentInput;
import vn.minhbach.petitions.rest.PetitionRequests.CorruptionFlagRequest;
import vn.minhbach.petitions.rest.PetitionRequests.ExtensionRequest;
import vn.minhbach.petitions.rest.PetitionRequests.LinkKind;
import vn.minhbach.petitions.rest.PetitionRequests.LinkRequest;
import vn.minhbach.petitions.rest.PetitionRequests.PetitionIntake;
import vn.minhbach.petitions.rest.PetitionRequests.PetitionerInput;
import vn.minhbach.petitions.rest.PetitionRequests.RegisterRequest;
import vn.minhbach.petitions.rest.PetitionRequests.SubjectInput;
import vn.minhbach.petitions.rest.PetitionViews.DuplicateSuggestion;
import vn.minhbach.petitions.rest.Roles;

/** Petition use cases; each state change writes its audit entry and its event in the same transaction. */
@ApplicationScoped
public class PetitionService {

    public static final String NOT_FOUND = "petition.not-found";
    /**
     * Temporary suspension of complaint resolution, its time not counted in the resolution period: the
     * new article of the Law on Complaints (reported as Đ.11a) added by Luật 136/2025/QH15, in force
     * from this day (docs/petitions.md, "Luật 136").
     */

    @Inject
    Caller caller;
    @Inject
    Uploads uploads;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    DeadlineRules rules;
    @Inject
    WorkingCalendar calendar;
    @Inject
    IdentityCipher cipher;
    @Inject
    PetitionsConfig config;
    @Inject
    EntityManager em;
    @Inject
    DuplicateFinder duplicates;
    @Inject
    TokenPetitioner tokenPetitioner;
    @Inject
    vn.minhbach.chassis.units.UnitCheck units;

    public record Intake(Petition petition, List<DuplicateSuggestion> suggestions) {
    }

    @Inject
    BusinessClock clock;

    /** Today in Hà Nội: the chassis' one clock. */
    public LocalDate today() {
        return clock.today();
    }

    /** Loads a petition the caller may see, or 404 exactly as for a missing one. */
    public Petition scoped(UUID id) {
        Petition p = Petition.findById(id);
        if (p == null) {
            throw ProblemException.notFound(NOT_FOUND, id);
        }
        caller.requireScope(p.unitPath, NOT_FOUND, id);
        return p;
    }

    private boolean petitionerOnly() {
        return caller.hasRole(Roles.CITIZEN) && !official() && !caller.hasRole(Roles.PETITION_INTAKE);
    }

    private boolean official() {
        return caller.hasRole(Roles.RECEPTION_OFFICER) || caller.hasRole(Roles.PETITION_HANDLER);
    }

    /** Intake by an official (paper, reception), a citizen (app/web) or another system (API). */
    @Transactional
    public Intake intake(PetitionIntake in) {
        String unit;
        Channel channel;
        String role;
        if (official()) {
            role = "official";
            unit = in.unitPath() == null ? caller.unit() : in.unitPath();
            if (!caller.covers(unit)) {
                throw ProblemException.unprocessable("petition.unit.outside-scope", unit);
            }
            channel = in.channel() == null ? Channel.AT_RECEPTION : in.channel();
            if (channel == Channel.GOVERNMENT_SYSTEM) {
                throw ProblemException.unprocessable("petition.channel.not-allowed", channel);
            }
        } else if (caller.hasRole(Roles.PETITION_INTAKE)) {
            role = "system";
            unit = requireUnit(in.unitPath());
            if (!caller.covers(unit)) {
                throw ProblemException.unprocessable("petition.unit.outside-scope", unit);
            }
            channel = Channel.GOVERNMENT_SYSTEM;
        } else {
            role = "citizen";
            unit = requireUnit(in.unitPath());
            channel = in.channel() == null ? Channel.MOBILE_APP : in.channel();
            if (channel != Channel.MOBILE_APP && channel != Channel.WEB) {
                throw ProblemException.unprocessable("petition.channel.not-allowed", channel);
            }
        }
        LocalDate received = in.receivedDate() == null || role.equals("citizen") ? today() : in.receivedDate();
        units.requireRegistered("unitPath", unit, received);
        if (in.isAnonymous()) {
            return anonymousLetter(in, unit, received, channel, role);
        }
        if ((in.petitioners() == null || in.petitioners().isEmpty()) && role.equals("citizen")) {
            // A citizen need not type themselves: the petitioner is the one the login token names.
            in = withPetitioners(in, tokenPetitioner.fromToken().map(List::of).orElse(List.of()));
        }
        if (in.petitioners() == null || in.petitioners().isEmpty()) {
            throw ProblemException.unprocessable("petition.petitioners.required");
        }
        long representatives = in.petitioners().stream().filter(PetitionerInput::representative).count();
        if (in.petitioners().size() > 1 && representatives != 1) {
            throw ProblemException.unprocessable("petition.petitioners.representative");
        }
        // Duplicate search: only the same petitioner here; similar texts are looked for when read (DuplicateFinder).
        // Who filed what is protected (Law on Denunciations 2018, Art. 47(1)(b)): suggestions name other
        // petitions of the same person, so they go only to an official, only within the official's own
        // subtree; a citizen or another system filing in someone's name learns nothing (null: no field).
        List<DuplicateSuggestion> suggestions = !role.equals("official") ? null
                : duplicates.samePetitioner(UUID.randomUUID(), unit, received,
                        in.subject().description().trim(), in.subject().unit(), in.content(),
                        in.petitioners().stream().map(who -> cipher.fingerprint(who.name(), who.idNumber())).toList(),
                        caller.unit());
        Petition p = newPetition(unit, received, channel, in.kind(), in.subject(), in.domains(), in.content(),
                role, caller.name());
        p.petitionerCount = in.petitioners().size();
        p.persist();
        int position = 0;
        for (PetitionerInput who : in.petitioners()) {
            Petitioner row = new Petitioner();
            row.id = UUID.randomUUID();
            row.petitionId = p.id;
            row.position = position++;
            row.representative = in.petitioners().size() == 1 || who.representative();
            row.nameEnc = cipher.encrypt(who.name());
            row.idNumberEnc = cipher.encrypt(who.idNumber());
            row.addressEnc = cipher.encrypt(who.address());
            row.phoneEnc = cipher.encrypt(who.phone());
            row.emailEnc = cipher.encrypt(who.email());
            row.fingerprint = cipher.fingerprint(who.name(), who.idNumber());
            row.persist();
        }
        // an attachment given by uploadId is the same as one listed in uploadIds
        List<UUID> uploadIds = new java.util.ArrayList<>(in.uploadIds() == null ? List.of() : in.uploadIds());
        List<AttachmentInput> base64 = new java.util.ArrayList<>();
        for (AttachmentInput a : in.attachments() == null ? List.<AttachmentInput>of() : in.attachments()) {
            if (a.uploadId() != null) {
                uploadIds.add(a.uploadId());
            } else {
                base64.add(a);
            }
        }
        addAttachments(p, base64, uploads.takeOwn(uploadIds));
        received(p);
        em.flush();
        return new Intake(p, suggestions);
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
        Petition p = newPetition(unit, received, letter, in.kind(), in.subject(), in.domains(), in.content(),
                role, caller.name());
        p.anonymous = true;
        p.petitionerCount = 0;
        p.persist();
        addAttachments(p, in.attachments());
        received(p);
        em.flush();
        return new Intake(p, null);
    }

    private static String requireUnit(String unit) {
        if (unit == null || !UnitPath.isValid(unit)) {
            throw ProblemException.unprocessable("petition.unit.required");
        }
        return unit;
    }

    /** Builds a RECEIVED petition with its acceptance clock, numbered by {@link #received}; not yet persisted. */
    public Petition newPetition(String unit, LocalDate received, Channel channel, PetitionKind kind,
            SubjectInput subject, List<Domain> domains, String content, String role, String submittedBy) {
        Petition p = new Petition();
        p.id = UUID.randomUUID();
        p.unitPath = unit;
        p.receivedDate = received;
        p.lastEffectiveDate = received;
        p.channel = channel;
        p.kind = kind;
        p.status = PetitionStatus.RECEIVED;
        p.domains = domains.stream().distinct().map(Enum::name).toArray(String[]::new);
        p.subjectKind = subject.kind();
        p.subjectDescription = subject.description().trim();
        p.subjectUnit = subject.unit();
        p.content = content;
        p.submitterRole = role;
        p.submittedBy = submittedBy;
        p.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        // numbered last, in received(): a provisional unique value until then (never committed)
        p.number = PROVISIONAL_NUMBER + p.id;
        rules.startAcceptance(p, received);
        p.refreshNextDeadline();
        return p;
    }

    /** The number a petition holds between {@link #newPetition} and {@link #received}, inside one transaction. */
    static final String PROVISIONAL_NUMBER = "provisional-";

    /**
     * Numbers the petition and records the intake step, audit entry and {@code petition.received}:
     * the last statements of every intake (issue 22.5). The unit's register row is locked from here to
     * the commit only, not through the use case before it (identities encrypted, attachments checked and
     * stripped, deadlines computed), so intakes into one unit wait for each other only that long; the
     * register stays gapless, since a rolled-back intake rolls its increment back.
     */
    public void received(Petition p) {
        if (p.number.startsWith(PROVISIONAL_NUMBER)) {
            p.number = nextNumber(p.unitPath, p.receivedDate.getYear());
        }
        history(p, "RECEIVE", null, PetitionStatus.RECEIVED, p.receivedDate, null, null);
        audit.record(caller.name(), "petition.received", "petition", p.id.toString(), p.unitPath,
                Map.of("number", p.number, "kind", p.kind.name(), "channel", p.channel.name()));
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.RECEIVED,
                new PetitionEvents.Received(p.unitPath, p.id, p.number, p.kind, p.channel,
                        PetitionEvents.domains(p.domains), p.receivedDate, p.anonymous,
                        ClientSubmissions.SUBMITTER_ROLE.equals(p.submitterRole)
                                ? vn.minhbach.chassis.security.IntakeClients.ref(p.submittedBy) : null));
    }

    /** unit-year-sequence, e.g. {@code 01.021-2022-000123}; the upsert's row lock serialises it. */
    private String nextNumber(String unit, int year) {
        Number last = (Number) em.createNativeQuery("insert into petition_number_sequence (unit_path, year, last)"
                + " values (?1, ?2, 1) on conflict (unit_path, year)"
                + " do update set last = petition_number_sequence.last + 1 returning last")
                .setParameter(1, unit).setParameter(2, year).getSingleResult();
        return "%s-%d-%06d".formatted(unit, year, last.intValue());
    }

    public void addAttachments(Petition p, List<AttachmentInput> inputs) {
        addAttachments(p, inputs, List.of());
    }

    /**
     * Base64 attachments (kept for compatibility) and pending uploads (issue 20) onto a petition. Caps
     * per petition, over intake and every later addition: count and total bytes. Every file's type is
     * taken from its bytes ({@link ContentSniffer}); the client's label is not trusted.
     */
    public void addAttachments(Petition p, List<AttachmentInput> inputs, List<PendingUpload> uploads) {
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
            if (++count > config.attachmentMaxCount()) {
                throw ProblemException.unprocessable("attachment.too-many", config.attachmentMaxCount());
            }
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
            total += bytes.length;
            if (total > config.attachmentMaxTotalBytes()) {
                throw new ProblemException(413, "attachment.total-too-large", config.attachmentMaxTotalBytes());
            }
            FileChecks.Checked checked = FileChecks.check(in.name(), bytes);
            attach(p, in.name(), checked.type(), checked.bytes(), checked.sha256());
        }
        for (PendingUpload u : uploads) {
            if (++count > config.attachmentMaxCount()) {
                throw ProblemException.unprocessable("attachment.too-many", config.attachmentMaxCount());
            }
            total += u.size;
            if (total > config.attachmentMaxTotalBytes()) {
                throw new ProblemException(413, "attachment.total-too-large", config.attachmentMaxTotalBytes());
            }
            attach(p, u.name, u.contentType, u.content, u.sha256);
            u.delete();
        }
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
        Petition p = scoped(id);
        String name;
        if (in.uploadId() != null) {
            List<PendingUpload> taken = uploads.takeOwn(List.of(in.uploadId()));
            name = taken.get(0).name;
            addAttachments(p, List.of(), taken);
        } else {
            in.requireBase64();
            name = in.name();
            addAttachments(p, List.of(in), List.of());
        }
        audit.record(caller.name(), "petition.attachment-added", "petition", p.id.toString(), p.unitPath,
                Map.of("name", name));
        return p;
    }

    /** One step of the state machine (see {@link Action}): moves, records, announces. */
    @Transactional
    public Petition transition(UUID id, Step step) {
        return move(scoped(id), step);
    }

    /**
     * A step the petitioner takes themselves (issue 20, point 3), from the account or with the receipt
     * code: withdrawing ({@code WITHDRAW}) or appealing a first-instance complaint decision
     * ({@code APPEAL}, the second instance). Dated today; the same state machine, history, audit and
     * event as an official's step. The caller has already proven the petition is theirs.
     */
    @Transactional
    public Petition petitionerStep(Petition p, Action action, String documentReference, String reason) {
        if (action != Action.WITHDRAW && action != Action.APPEAL) {
            throw ProblemException.unprocessable("petition.action.not-for-petitioner", action);
        }
        return move(p, Step.of(action, today(), documentReference, reason));
    }

    /** Every action runs the same way: the action takes the step, then history, audit, event, what follows. */
    private Petition move(Petition p, Step s) {
        Action action = s.action();
        Action.Moved m = action.take(p, s, effects);
        history(p, action.name(), m.from(), p.status, s.effectiveDate(), s.documentReference(), action.note(s));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", m.from().name());
        details.put("to", p.status.name());
        details.put("effectiveDate", s.effectiveDate().toString());
        details.put("documentReference", s.documentReference());
        audit.record(caller.name(), "petition." + action.name().toLowerCase(), "petition", p.id.toString(),
                p.unitPath, details);
        action.announce(p, s, m, effects);
        action.afterwards(p, s, m, effects);
        return p;
    }

    /** What the workflow's actions need from this service: clocks, the business date, events. */
    private final Action.Effects effects = new Action.Effects() {
        @Override
        public void requireNotInFuture(LocalDate effectiveDate) {
            clock.notInFuture(effectiveDate, "effectiveDate");
        }

        @Override
        public void startResolution(Petition p, LocalDate accepted) {
            rules.startResolution(p, accepted);
        }

        @Override
        public void startAcceptance(Petition p, LocalDate received) {
            rules.startAcceptance(p, received);
        }

        @Override
        public void resume(Petition p, LocalDate suspendedSince, LocalDate resumed) {
            PetitionService.this.resume(p, suspendedSince, resumed);
        }

        @Override
        public void resolutionClockMoved(Petition p, LocalDate dueBefore, String reason, Step s) {
            history(p, ClockRecomputer.ACTION, p.status, p.status, s.effectiveDate(), s.documentReference(),
                    Deadline.RESOLUTION + " " + dueBefore + " -> " + p.resolutionDueDate + "; " + reason);
            // the notices of the old date no longer hold: the scanner announces the new one
            em.createNativeQuery("delete from deadline_notice where petition_id = ?1 and deadline = ?2")
                    .setParameter(1, p.id).setParameter(2, Deadline.RESOLUTION.name()).executeUpdate();
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.DEADLINE_CHANGED,
                    new PetitionEvents.DeadlineChanged(p.unitPath, p.id, Deadline.RESOLUTION, dueBefore,
                            p.resolutionDueDate, p.resolutionDueProvisional, reason));
            audit.record(caller.name(), PetitionEvents.DEADLINE_CHANGED, "petition", p.id.toString(), p.unitPath,
                    Map.of("deadline", Deadline.RESOLUTION.name(), "from", dueBefore.toString(),
                            "to", p.resolutionDueDate.toString(), "reason", reason));
        }

        @Override
        public void accepted(Petition p, PetitionStatus from, LocalDate date) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.ACCEPTED,
                    new PetitionEvents.Accepted(p.unitPath, p.id, from, p.status, date,
                            p.acceptanceDueDate, p.resolutionDueDate));
        }

        @Override
        public void transferred(Petition p, PetitionStatus from, LocalDate date, String toAgency) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.TRANSFERRED,
                    new PetitionEvents.Transferred(p.unitPath, p.id, from, p.status, date, toAgency));
        }

        @Override
        public void resolved(Petition p, PetitionStatus from, LocalDate date) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.RESOLVED,
                    new PetitionEvents.Resolved(p.unitPath, p.id, from, p.status, date, p.outcome, p.onTime));
        }

        @Override
        public void statusChanged(Petition p, PetitionStatus from, LocalDate date) {
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.STATUS_CHANGED,
                    new PetitionEvents.StatusChanged(p.unitPath, p.id, from, p.status, date));
        }
    };

    /**
     * Tiếp tục giải quyết: the suspended time is not counted in the resolution period (Luật 136/2025/QH15,
     * Luật Khiếu nại Đ.11a), so the resolution clock is counted again with the days of the suspension
     * added, in the unit its limit is counted in (the complaint rules' {@code countUnit}: working days,
     * see the interpretations): the days counted of (suspended, resumed].
     */
    private void resume(Petition p, LocalDate since, LocalDate resumed) {
        Optional<DeadlineRule> rule = resolutionRule(p);
        if (since == null || rule.isEmpty() || p.resolutionDueDate == null) {
            return;
        }
        int paused = calendar.countedBetween(since, resumed, rule.get().countUnit);
        p.suspendedDays += paused;
        if (p.extensionDays == null) {
            // a clock extended before extension days were kept: counted on from its due date
            p.resolutionDueDate = calendar.addDays(p.resolutionDueDate, paused, rule.get().countUnit);
            return;
        }
        WorkingCalendar.Due due = rules.resolutionDue(p).orElseThrow();
        p.resolutionDueDate = due.date();
        p.resolutionDueProvisional = due.provisional();
    }

    private static String prefix(String fact, String note) {
        return note == null || note.isBlank() ? fact : fact + "; " + note;
    }

    private Optional<DeadlineRule> resolutionRule(Petition p) {
        return rules.resolutionRule(p);
    }

    void history(Petition p, String action, PetitionStatus from, PetitionStatus to, LocalDate date,
            String documentReference, String note) {
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
        // A citizen's account name may be their name, phone or e-mail: officials see "petitioner" (the
        // identity stays with the identity custodian, docs/petitions.md "Denouncer protection").
        t.actor = caller.isAnonymous() ? "anonymous" : petitionerOnly() ? "petitioner" : caller.name();
        t.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.persist();
    }

    /**
     * Gia hạn: while the resolution clock runs, within the rule's number and length of extensions,
     * each counted from the nominal end of the period it extends (Luật Tố cáo 2018 Đ.30 k.2, k.3: an
     * especially complex denunciation ends at most 30 + 30 + 30 days after acceptance). While the
     * acceptance clock runs, the extension its rule allows (Đ.24 k.1: 7 → at most 10 working days
     * when verification in several places is needed).
     */
    @Transactional
    public Petition extend(UUID id, ExtensionRequest r) {
        Petition p = scoped(id);
        boolean acceptance = p.nextDeadline == Deadline.ACCEPTANCE;
        if (!acceptance && (!PetitionStatus.RESOLVING.contains(p.status) || p.resolutionDueDate == null)) {
            throw ProblemException.conflict("petition.extension.not-allowed", p.status);
        }
        DeadlineRule rule = (acceptance ? rules.acceptanceRule(p) : resolutionRule(p)).orElseThrow(
                () -> ProblemException.conflict("petition.extension.not-allowed", p.status));
        int used = acceptance ? (p.acceptanceExtensionDays > 0 ? 1 : 0) : p.extensionsUsed;
        if (used >= rule.maxExtensions) {
            throw ProblemException.unprocessable("petition.extension.exhausted", rule.maxExtensions);
        }
        if (r.days() > rule.extensionDays) {
            throw ProblemException.unprocessable("petition.extension.too-long", r.days(), rule.extensionDays);
        }
        LocalDate before = p.nextDueDate;
        if (r.effectiveDate().isBefore(p.lastEffectiveDate) || r.effectiveDate().isAfter(before)
                || r.effectiveDate().isAfter(today())) {
            throw ProblemException.unprocessable("petition.extension.date", r.effectiveDate(), before);
        }
        if (acceptance) {
            p.acceptanceExtensionDays += r.days();
            WorkingCalendar.Due due = rules.acceptanceDue(p).orElseThrow();
            p.acceptanceDueDate = due.date();
            p.acceptanceDueProvisional = due.provisional();
        } else if (p.extensionDays == null) {
            // a clock extended before extension days were kept: counted on from its due date, as then
            p.resolutionDueDate = calendar.addDays(p.resolutionDueDate, r.days(), rule.countUnit);
            p.extensionsUsed++;
        } else {
            p.extensionDays += r.days();
            p.extensionsUsed++;
            WorkingCalendar.Due due = rules.resolutionDue(p).orElseThrow();
            p.resolutionDueDate = due.date();
            p.resolutionDueProvisional = due.provisional();
        }
        p.refreshNextDeadline();
        history(p, "EXTEND", p.status, p.status, r.effectiveDate(), r.documentReference(),
                prefix((acceptance ? "acceptanceExtendedTo=" : "extendedTo=") + p.nextDueDate, r.reason()));
        audit.record(caller.name(), "petition.extended", "petition", p.id.toString(), p.unitPath,
                Map.of("deadline", p.nextDeadline.name(), "from", before.toString(), "to", p.nextDueDate.toString(),
                        "extension", acceptance ? 1 : p.extensionsUsed));
        return p;
    }

    /** A duplicate is filed (not a new matter); a repeat stays a matter of its own, linked to the earlier one. */
    @Transactional
    public Petition link(UUID id, LinkRequest r) {
        Petition p = scoped(id);
        if (r.otherPetitionId().equals(id)) {
            throw ProblemException.unprocessable("petition.link.self");
        }
        Petition other = scoped(r.otherPetitionId());
        if (r.kind() == LinkKind.DUPLICATE) {
            p.duplicateOf = other.id;
            if (p.status == PetitionStatus.RECEIVED) {
                transition(id, Step.of(Action.FILE, r.effectiveDate(), r.documentReference(),
                        "duplicateOf=" + other.number).filed(Step.FileReason.DUPLICATE));
            }
        } else {
            p.repeatOf = other.id;
        }
        audit.record(caller.name(), "petition.linked", "petition", p.id.toString(), p.unitPath,
                Map.of("kind", r.kind().name(), "other", other.id.toString()));
        return p;
    }

    @Transactional
    public Petition register(UUID id, RegisterRequest r) {
        Petition p = scoped(id);
        if (r.registerDate().isBefore(p.receivedDate)) {
            throw ProblemException.unprocessable("petition.effective-date.before-previous", r.registerDate(),
                    p.receivedDate);
        }
        p.registerComplex = r.complex();
        p.registerProlonged = r.prolonged();
        p.registerCrowded = r.crowded();
        p.registerReasons = r.reasons();
        p.registerDate = r.registerDate();
        audit.record(caller.name(), "petition.register-updated", "petition", p.id.toString(), p.unitPath,
                Map.of("complex", r.complex(), "prolonged", r.prolonged(), "crowded", r.crowded()));
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.REGISTER_UPDATED,
                new PetitionEvents.RegisterUpdated(p.unitPath, p.id, r.complex(), r.prolonged(), r.crowded(),
                        r.registerDate()));
        return p;
    }

    @Transactional
    public Petition flagCorruption(UUID id, CorruptionFlagRequest r) {
        Petition p = scoped(id);
        if (p.corruptionFlagged) {
            throw ProblemException.conflict("petition.corruption.already-flagged", p.number);
        }
        if (r.flaggedDate().isBefore(p.receivedDate)) {
            throw ProblemException.unprocessable("petition.effective-date.before-previous", r.flaggedDate(),
                    p.receivedDate);
        }
        p.corruptionFlagged = true;
        p.corruptionSummary = r.summary();
        p.flaggedDate = r.flaggedDate();
        p.flaggedBy = caller.name();
        audit.record(caller.name(), "petition.corruption-signs-flagged", "petition", p.id.toString(), p.unitPath,
                Map.of("flaggedDate", r.flaggedDate().toString()));
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.CORRUPTION_SIGNS_FLAGGED,
                new PetitionEvents.CorruptionSignsFlagged(p.unitPath, p.id, p.number, p.kind,
                        PetitionEvents.domains(p.domains), r.summary(), r.flaggedDate()));
        return p;
    }

    /** From inspections' {@code team.concluded}: the lead opened on this petition has a conclusion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordConclusion(UUID petitionId, String reference, LocalDate concludedDate) {
        Petition p = Petition.findById(petitionId);
        if (p == null) {
            Log.warnf("team.concluded names unknown petition %s; ignored", petitionId);
            return;
        }
        p.conclusionReference = reference;
        p.concludedDate = concludedDate;
        audit.record("system", "petition.conclusion-recorded", "petition", p.id.toString(), p.unitPath,
                Map.of("conclusionReference", reference));
    }

    @Transactional
    public void addition(Petition p, String content, String by) {
        addition(p, content, by, List.of());
    }

    /**
     * Information added by the petitioner, with files they uploaded before (issue 20.3): the files go
     * through the same per-petition caps as any attachment, and the whole is one history step
     * ({@link #ADD_INFORMATION}) and one {@code petition.information-added} event.
     */
    @Transactional
    public void addition(Petition p, String content, String by, List<PendingUpload> files) {
        addAttachments(p, List.of(), files);
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
        history(p, ADD_INFORMATION, p.status, p.status, today(), null, null);
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.INFORMATION_ADDED,
                new PetitionEvents.InformationAdded(p.unitPath, p.id, p.status, today(),
                        "anonymous".equals(by) ? "anonymous" : "citizen"));
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

    /** History action of {@link #addition}: information added by the petitioner. */
    public static final String ADD_INFORMATION = "ADD_INFORMATION";

    /** A citizen adds information to their own petition (issue 20, point 3). */
    @Transactional
    public Petition addInformation(Petition p, String content, List<UUID> uploadIds) {
        if (p.status.settled()) {
            throw ProblemException.conflict("petition.settled", p.status);
        }
        addition(p, content, caller.name(), uploads.takeOwn(uploadIds));
        return p;
    }

    /**
     * {@code unit.succession}: the open petitions (not settled) of a retired unit and of the units below
     * it go to its successor, each with a history entry, an audit entry and {@code petition.reassigned}.
     * Runs in the consumer's transaction (no request: the actor is {@code system}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int handOver(String from, String to, LocalDate effectiveDate, String requestedBy) {
        List<Petition> open = Petition.list("(unitPath = ?1 or unitPath like ?2) and status not in ?3 order by id",
                from, vn.minhbach.chassis.security.UnitPath.descendantsPattern(from), PetitionStatus.SETTLED);
        for (Petition p : open) {
            String old = p.unitPath;
            p.unitPath = to;
            Number seq = (Number) em.createQuery(
                    "select coalesce(max(t.seq), -1) + 1 from PetitionTransition t where t.petitionId = ?1")
                    .setParameter(1, p.id).getSingleResult();
            PetitionTransition t = new PetitionTransition();
            t.id = UUID.randomUUID();
            t.petitionId = p.id;
            t.seq = seq.intValue();
            t.action = "HAND_OVER";
            t.fromStatus = p.status;
            t.toStatus = p.status;
            t.effectiveDate = effectiveDate;
            t.note = old + " → " + to;
            t.actor = "system";
            t.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
            t.persist();
            audit.record("system", "petition.reassigned", "petition", p.id.toString(), to,
                    Map.of("from", old, "to", to, "requestedBy", String.valueOf(requestedBy)));
            outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.REASSIGNED,
                    new PetitionEvents.Reassigned(to, p.id, old, to, effectiveDate));
        }
        return open.size();
    }
}
