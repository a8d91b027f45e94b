package vn.minhbach.petitions.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.petitions.service.Texts;

/**
 * Registered Open311 clients. An admin registers one and receives its api_key once; only the key's
 * SHA-256 is kept (256 random bits: a plain hash cannot be reversed), so a lost key is revoked and a
 * new client registered.
 */
@ApplicationScoped
public class Open311Clients {

    static final String PREFIX = "o311_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Transactional
    public Open311Views.Registered register(String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Open311Client c = new Open311Client();
        c.id = UUID.randomUUID();
        c.name = name.trim();
        c.keyHash = Texts.sha256(key);
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.createdBy = caller.name();
        c.persist();
        audit.record(caller.name(), "open311.client-registered", "open311-client", c.id.toString(), null,
                Map.of("name", c.name));
        return new Open311Views.Registered(c.id, c.name, key, c.createdAt);
    }

    public List<Open311Views.ClientView> list() {
        return Open311Client.<Open311Client>list("order by createdAt").stream().map(Open311Clients::view).toList();
    }

    @Transactional
    public Open311Views.ClientView revoke(UUID id) {
        Open311Client c = Open311Client.findById(id);
        if (c == null) {
            throw ProblemException.notFound("open311.client.not-found", id);
        }
        if (c.revokedAt == null) {
            c.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
            audit.record(caller.name(), "open311.client-revoked", "open311-client", c.id.toString(), null, Map.of());
        }
        return view(c);
    }

    /** The client holding {@code apiKey}, or the spec's 403 (missing, unknown and revoked keys alike). */
    public Open311Client authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw Open311Exception.of(403, "api_key is required");
        }
        if (apiKey.length() > 200 || !apiKey.startsWith(PREFIX)) {
            throw Open311Exception.of(403, "api_key is not valid");
        }
        Open311Client c = Open311Client.<Open311Client>find("keyHash", Texts.sha256(apiKey.trim())).firstResult();
        if (c == null || c.revokedAt != null) {
            throw Open311Exception.of(403, "api_key is not valid");
        }
        return c;
    }

    static Open311Views.ClientView view(Open311Client c) {
        return new Open311Views.ClientView(c.id, c.name, c.createdAt, c.revokedAt);
    }
}
