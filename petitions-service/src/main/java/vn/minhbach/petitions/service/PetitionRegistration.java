package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.outbox.Outbox;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.Channel;
import vn.minhbach.petitions.Domain;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionKind;
import vn.minhbach.petitions.PetitionStatus;
import vn.minhbach.petitions.messaging.PetitionEvents;
import vn.minhbach.petitions.service.command.SubjectInput;

/**
 * What every intake path shares (officials, citizens, systems, the public form, Open311): a RECEIVED
 * petition with its acceptance clock, then its number, intake step, audit entry and {@code petition.received}.
 */
@ApplicationScoped
public class PetitionRegistration {

    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    DeadlineRules rules;
    @Inject
    EntityManager em;
    @Inject
    PetitionHistory history;

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
        history.append(p, "RECEIVE", null, PetitionStatus.RECEIVED, p.receivedDate, null, null);
        audit.record(caller.name(), "petition.received", "petition", p.id.toString(), p.unitPath,
                Map.of("number", p.number, "kind", p.kind.name(), "channel", p.channel.name()));
        outbox.publish(PetitionEvents.AGGREGATE, p.id.toString(), PetitionEvents.RECEIVED,
                new PetitionEvents.Received(p.unitPath, p.id, p.number, p.kind, p.channel,
                        PetitionEvents.domains(p.domains), p.receivedDate, p.anonymous,
                        ClientSubmissions.SUBMITTER_ROLE.equals(p.submitterRole)
                                ? vn.minhbach.chassis.security.IntakeClients.ref(p.submittedBy) : null));
    }

    /**
     * unit-year-sequence, e.g. {@code 01.021-2022-000123}; the upsert's row lock serialises it. The
     * statement declares the one table it touches, so Hibernate does not flush the whole session
     * before it (a native query otherwise does): one flush fewer per intake. The petition row is still
     * inserted with its provisional value and then updated (Hibernate's insert takes the state the
     * entity had when persisted; the captured statements in docs/benchmarks.md show both).
     */
    private String nextNumber(String unit, int year) {
        Number last = (Number) em.createNativeQuery("insert into petition_number_sequence (unit_path, year, last)"
                + " values (?1, ?2, 1) on conflict (unit_path, year)"
                + " do update set last = petition_number_sequence.last + 1 returning last")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("petition_number_sequence")
                .setParameter(1, unit).setParameter(2, year).getSingleResult();
        return "%s-%d-%06d".formatted(unit, year, last.intValue());
    }
}
