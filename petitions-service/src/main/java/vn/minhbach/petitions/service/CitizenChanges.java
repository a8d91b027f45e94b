package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.Petition;
import vn.minhbach.petitions.PetitionTransition;

/**
 * The citizen's change feed (issue 20, point 4): the history steps of one's own petitions after a
 * cursor, oldest first, so an app polls cheaply and notifies. The cursor of an account's feed is the
 * step's recording instant and id (opaque, base64url); a step becomes visible once it is
 * {@link #SETTLE} old, so a transaction still committing cannot be skipped over by a later one. The
 * receipt-code feed (one petition) counts steps by their sequence number and never carries an instant
 * (anonymous submissions show only the day).
 */
@ApplicationScoped
public class CitizenChanges {

    /** Longer than any petition transaction: rows recorded earlier are committed when read. */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(2);

    @Inject
    EntityManager em;

    public record Change(PetitionTransition step, String number, String cursor) {
    }

    public record Batch(List<Change> changes, String next) {
    }

    public Batch ofOwner(String owner, String after, int size) {
        Instant at = Instant.EPOCH;
        UUID id = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        if (after != null && !after.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(after.trim()), StandardCharsets.US_ASCII).split("\\|", 2);
                at = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
                id = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("changes.cursor.invalid");
            }
        }
        OffsetDateTime from = at.atOffset(ZoneOffset.UTC);
        OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).minus(SETTLE);
        List<Object[]> rows = em.createQuery("select t, p.number from PetitionTransition t, Petition p"
                        + " where p.id = t.petitionId and p.submittedBy = :owner and p.submitterRole = 'citizen'"
                        + " and (t.recordedAt > :at or (t.recordedAt = :at and t.id > :id)) and t.recordedAt <= :until"
                        + " order by t.recordedAt, t.id", Object[].class)
                .setParameter("owner", owner).setParameter("at", from).setParameter("id", id)
                .setParameter("until", until).setMaxResults(size).getResultList();
        List<Change> changes = rows.stream().map(r -> {
            PetitionTransition t = (PetitionTransition) r[0];
            return new Change(t, (String) r[1], cursor(t));
        }).toList();
        String next = changes.isEmpty() ? (after == null || after.isBlank() ? null : after.trim())
                : changes.get(changes.size() - 1).cursor();
        return new Batch(changes, next);
    }

    static String cursor(PetitionTransition t) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, t.recordedAt.toInstant());
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "|" + t.id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The steps of one petition after step number {@code after} (the receipt-code feed). */
    public Batch ofPetition(Petition p, Integer after, int size) {
        int from = after == null ? -1 : after;
        List<PetitionTransition> steps = PetitionTransition.<PetitionTransition>find(
                "petitionId = ?1 and seq > ?2 order by seq", p.id, from).page(0, size).list();
        List<Change> changes = steps.stream().map(t -> new Change(t, p.number, Integer.toString(t.seq))).toList();
        return new Batch(changes, changes.isEmpty() ? (after == null ? null : after.toString())
                : changes.get(changes.size() - 1).cursor());
    }
}
