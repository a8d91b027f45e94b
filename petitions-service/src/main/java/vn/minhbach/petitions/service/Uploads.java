package vn.minhbach.petitions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.PendingUpload;
import vn.minhbach.petitions.config.PetitionsConfig;

/**
 * Uploads first, reference later (issue 20). A file arrives as a raw body; its declared length is
 * checked before a byte is read, its bytes are counted while read (a chunked body has no length),
 * hashed (SHA-256) and typed by content ({@link ContentSniffer}). It waits as a pending upload of its
 * owner until intake, an addition or an anonymous submission takes it, or it expires.
 */
@ApplicationScoped
public class Uploads {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    PetitionsConfig config;

    /** What an upload answers; {@code uploadToken} only for an anonymous one (shown once). */
    public record Stored(PendingUpload upload, String uploadToken) {
    }

    /** The owner key of a signed-in caller. */
    public String callerOwner() {
        return "user:" + caller.subject();
    }

    private static String anonymousOwner(String token) {
        return "anonymous:" + Texts.sha256(token);
    }

    /** Refusals that need no byte of the body: name, declared length, how many are pending. */
    public void precheck(String name, Long declaredLength, String owner) {
        if (name == null || name.isBlank() || name.length() > 255 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw ProblemException.badRequest("upload.name");
        }
        if (declaredLength != null && declaredLength > config.attachmentMaxBytes()) {
            throw new ProblemException(413, "attachment.too-large", name, config.attachmentMaxBytes());
        }
        if (owner != null) {
            long pending = PendingUpload.count("owner = ?1 and expiresAt > ?2", owner, now());
            if (pending >= config.uploadMaxPending()) {
                throw ProblemException.unprocessable("upload.too-many-pending", config.uploadMaxPending());
            }
        }
    }

    /**
     * Reads, checks and keeps an upload of a signed-in caller. The body is read outside any
     * transaction (a slow phone must not hold a database connection); the row is written in a short
     * one afterwards.
     */
    public Stored store(String name, Long declaredLength, InputStream body) {
        String owner = callerOwner();
        precheck(name, declaredLength, owner);
        byte[] bytes = read(name, body);
        return new Stored(QuarkusTransaction.requiringNew().call(() -> keep(owner, name, bytes)), null);
    }

    @Inject
    AnonymousUploadQuota quota;

    /**
     * Reads, checks and keeps an anonymous upload; its token is the only way to use it. The client's
     * address only counts against its quota ({@link AnonymousUploadQuota}) and is not kept.
     */
    public Stored storeAnonymous(String name, Long declaredLength, InputStream body, String address) {
        precheck(name, declaredLength, null);
        quota.admit(address, declaredLength);
        byte[] bytes;
        try {
            bytes = read(name, body);
        } catch (ProblemException e) {
            quota.received(address, declaredLength, config.attachmentMaxBytes());
            throw e;
        }
        quota.received(address, declaredLength, bytes.length);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Stored(QuarkusTransaction.requiringNew().call(() -> keep(anonymousOwner(token), name, bytes)), token);
    }

    private PendingUpload keep(String owner, String name, byte[] bytes) {
        FileChecks.Checked checked = FileChecks.check(name, bytes);
        PendingUpload u = new PendingUpload();
        u.id = UUID.randomUUID();
        u.owner = owner;
        u.name = name;
        u.contentType = checked.type();
        u.size = checked.bytes().length;
        u.sha256 = checked.sha256();
        u.content = checked.bytes();
        u.createdAt = now();
        u.expiresAt = u.createdAt.plus(config.uploadTtl());
        u.persist();
        return u;
    }

    /** At most the limit: one byte more and the rest is not read. */
    private byte[] read(String name, InputStream body) {
        if (body == null) {
            throw ProblemException.badRequest("attachment.invalid", name);
        }
        long max = config.attachmentMaxBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
                if (out.size() + (long) n > max) {
                    throw new ProblemException(413, "attachment.too-large", name, max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() == 0) {
            throw ProblemException.badRequest("attachment.invalid", name);
        }
        return out.toByteArray();
    }

    /** The caller's own pending uploads by id, in order; 422 for any that is not (or no longer) theirs. */
    public List<PendingUpload> takeOwn(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return take(new ArrayList<>(new LinkedHashSet<>(ids)).stream().map(id -> new Ref(id, callerOwner())).toList());
    }

    /** An anonymous submitter's uploads by their tokens; 422 for an unknown or expired token. */
    public List<PendingUpload> takeAnonymous(List<String> tokens) {
        if (tokens == null || tokens.isEmpty()) {
            return List.of();
        }
        List<Ref> refs = new ArrayList<>();
        for (String token : new LinkedHashSet<>(tokens)) {
            PendingUpload u = PendingUpload.find("owner", anonymousOwner(token)).firstResult();
            refs.add(new Ref(u == null ? null : u.id, anonymousOwner(token)));
        }
        return take(refs);
    }

    private record Ref(UUID id, String owner) {
    }

    private List<PendingUpload> take(List<Ref> refs) {
        List<PendingUpload> taken = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Ref ref = refs.get(i);
            PendingUpload u = ref.id() == null ? null : PendingUpload.findById(ref.id(),
                    jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            // another owner's upload answers exactly like a missing one
            if (u == null || !u.owner.equals(ref.owner()) || !u.expiresAt.isAfter(now())) {
                throw ProblemException.unprocessable("upload.not-found", i).withField("uploads[" + i + "]");
            }
            taken.add(u);
        }
        return taken;
    }

    /** Forgets pending uploads past their time. */
    @Scheduled(every = "${minhbach.uploads.purge-every:10m}", delayed = "${minhbach.uploads.purge-delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createQuery("delete from PendingUpload u where u.expiresAt < :now").setParameter("now", now()).executeUpdate();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

}
