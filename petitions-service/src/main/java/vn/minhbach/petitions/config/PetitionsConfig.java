package vn.minhbach.petitions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

@ConfigMapping(prefix = "minhbach.petitions")
public interface PetitionsConfig {

    /** Key id → base64 AES-256 key. Old keys stay here so existing ciphertext still decrypts. */
    Map<String, String> identityKeys();

    /** The key id new ciphertext is written with. */
    String identityActiveKey();

    /** Base64 secret for the petitioner fingerprint (HMAC-SHA256); independent of key rotation. */
    String identityFingerprintKey();

    /** Largest attachment accepted, in bytes. */
    @WithDefault("5242880")
    long attachmentMaxBytes();

    /** "Deadline approaching" fires when this many calendar days or fewer remain. */
    @WithDefault("3")
    int approachingDays();

    /**
     * An identity reveal needs a login (token {@code auth_time}) at most this old; older or absent
     * answers 401 with a step-up challenge (RFC 9470).
     */
    @WithDefault("5m")
    java.time.Duration revealMaxAuthAge();

    /** Most attachments one petition may hold, from intake and additions together. */
    @WithDefault("10")
    int attachmentMaxCount();

    /** How long an upload waits to be referenced by intake, an addition or a submission (issue 20). */
    @WithDefault("24h")
    java.time.Duration uploadTtl();

    /** Most uploads one signed-in owner may have pending at a time. */
    @WithDefault("20")
    int uploadMaxPending();

    /** Anonymous uploads ({@code POST /api/v1/public/uploads}) one network address may start per window (issue 20.4). */
    @WithDefault("20")
    int publicUploadsPerAddress();

    /** Bytes of anonymous uploads one network address may send per window (50 MiB). */
    @WithDefault("52428800")
    long publicUploadBytesPerAddress();

    /** The window of the two per-address limits above. */
    @WithDefault("1h")
    java.time.Duration publicUploadWindow();

    /** Most bytes all anonymous uploads not yet used may hold together (1 GiB); then 429 for everyone. */
    @WithDefault("1073741824")
    long publicUploadMaxPendingBytes();

    /** Most bytes of attachments one petition may hold, from intake and additions together (25 MiB). */
    @WithDefault("26214400")
    long attachmentMaxTotalBytes();

    /** Lowest duplicate score shown at intake (0..1). */
    @WithDefault("0.35")
    double duplicateThreshold();

    /** How often the deadline scanner runs. */
    @WithDefault("1h")
    String deadlineScanEvery();

    /** Delay of the first scan after start-up. */
    @WithDefault("60s")
    String deadlineScanDelay();

    /**
     * Interpretation switch (docs/petitions.md, "Interpretations"): a limit counted in calendar days
     * whose last day is a day off ends on the next working day (true, Bộ luật Dân sự 2015 Đ.148 k.5)
     * or on that day (false). Applies to clocks counted after the restart; re-publishing a year
     * recomputes the running clocks that reach it.
     */
    @WithDefault("true")
    boolean calendarLimitMovesToWorkingDay();
}
