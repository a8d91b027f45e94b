package vn.minhbach.petitions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.petitions.PendingUpload;
import vn.minhbach.petitions.config.PetitionsConfig;

/**
 * Limits on anonymous uploads (issue 20.4), which need no account and so could fill the database:
 * per client network address and window ({@code public-upload-window}, 1 h) at most
 * {@code public-uploads-per-address} uploads started (20) and {@code public-upload-bytes-per-address}
 * bytes (50 MiB), and for all anonymous uploads not yet used together at most
 * {@code public-upload-max-pending-bytes} (1 GiB). Past a limit: 429 problem with {@code Retry-After}.
 *
 * <p>The address is the one the gateway forwards ({@code X-Forwarded-For}, trusted as the service is
 * reachable only from the gateway). It is <b>not stored</b>: the counters live in this instance's
 * memory only, keyed by a SHA-256 of the address under a random salt drawn at start, and are forgotten
 * with their window; nothing ties an upload (nor its token) to an address. Like {@link ReceiptLookups},
 * per instance: with n instances an address may get up to n times the limit, which the gateway's own
 * per-address bucket bounds.
 */
@ApplicationScoped
public class AnonymousUploadQuota {

    static final int MAX_ADDRESSES = 100_000;
    private static final byte[] SALT = salt();

    private static byte[] salt() {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    @Inject
    PetitionsConfig config;

    private record Window(long start, int count, long bytes) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    /**
     * Before a byte is read: counts one upload from this address, with its declared length if any;
     * 429 when it would go past a limit.
     */
    public void admit(String address, Long declaredLength) {
        long declared = declaredLength == null ? 0 : Math.max(0, declaredLength);
        long now = System.currentTimeMillis();
        long window = config.publicUploadWindow().toMillis();
        if (windows.size() > MAX_ADDRESSES) {
            windows.entrySet().removeIf(e -> now - e.getValue().start() >= window);
        }
        String key = key(address);
        boolean[] refused = {false};
        Window w = windows.compute(key, (k, old) -> {
            Window current = old == null || now - old.start() >= window ? new Window(now, 0, 0) : old;
            if (current.count() + 1 > config.publicUploadsPerAddress()
                    || current.bytes() + declared > config.publicUploadBytesPerAddress()) {
                refused[0] = true;
                return current;
            }
            return new Window(current.start(), current.count() + 1, current.bytes() + declared);
        });
        if (refused[0]) {
            long wait = Math.max(1, (w.start() + window - now + 999) / 1000);
            throw new ProblemException(429, "upload.too-many-from-address", config.publicUploadsPerAddress(),
                    config.publicUploadBytesPerAddress(), config.publicUploadWindow().toMinutes())
                    .withHeader("Retry-After", Long.toString(wait));
        }
        long pending = ((Number) PendingUpload.getEntityManager().createQuery(
                "select coalesce(sum(u.size), 0) from PendingUpload u where u.owner like 'anonymous:%' and u.expiresAt > :now")
                .setParameter("now", Uploads.now()).getSingleResult()).longValue();
        if (pending + declared > config.publicUploadMaxPendingBytes()) {
            OffsetDateTime oldest = PendingUpload.getEntityManager().createQuery(
                    "select min(u.expiresAt) from PendingUpload u where u.owner like 'anonymous:%' and u.expiresAt > :now",
                    OffsetDateTime.class).setParameter("now", Uploads.now()).getSingleResult();
            long wait = oldest == null ? 60
                    : Math.max(60, java.time.Duration.between(Uploads.now(), oldest).toSeconds() + 1);
            throw new ProblemException(429, "upload.storage-full").withHeader("Retry-After", Long.toString(wait));
        }
    }

    /** After reading: the bytes actually received, where no length (chunked) or a wrong one was declared. */
    public void received(String address, Long declaredLength, long actual) {
        long declared = declaredLength == null ? 0 : Math.max(0, declaredLength);
        if (actual == declared) {
            return;
        }
        windows.computeIfPresent(key(address),
                (k, w) -> new Window(w.start(), w.count(), Math.max(0, w.bytes() + actual - declared)));
    }

    private static String key(String address) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(SALT);
            sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
