package vn.minhbach.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.minhbach.chassis.problem.ProblemException;
import vn.minhbach.chassis.units.UnitCheck;
import vn.minhbach.chassis.units.UnitDirectory;
import vn.minhbach.chassis.units.UnitRegistry;
import vn.minhbach.chassis.units.UnitsConfig;

/**
 * Who is calling: user name, roles and the unit path from the access token's {@code unit} claim.
 * Officials see only their unit's subtree; use {@link #requireScope} on every read of one record and
 * {@link #unit} to restrict every list query.
 */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    UnitRegistry units;

    @Inject
    UnitsConfig unitsConfig;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The user name, or {@code anonymous}. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The token's subject: the stable id of the user or, for a client-credentials token, of the
     * client's service account; the name when a token has no subject; {@code anonymous} without one.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        return subject == null || subject.isBlank() ? name() : subject;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's unit path, if the token carries a valid one. */
    public Optional<String> unitIfAny() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        String unit = claimText(token.getClaim(UNIT_CLAIM));
        return UnitPath.isValid(unit) ? Optional.of(unit) : Optional.empty();
    }

    /** The unit claim is a JSON string; depending on the token parser it arrives as String or JsonString. */
    public static String claimText(Object claim) {
        if (claim == null) {
            return null;
        }
        if (claim instanceof jakarta.json.JsonString json) {
            return json.getString().trim();
        }
        return claim.toString().replace("\"", "").trim();
    }

    /** JPQL condition restricting {@code field} to the caller's subtree; bind {@link #subtreeParameters()}. */
    public String subtreeCondition(String field) {
        return UnitPath.subtreeCondition(field);
    }

    /** Parameters of {@link #subtreeCondition}: the caller's unit (403 problem without one). */
    public java.util.Map<String, Object> subtreeParameters() {
        return UnitPath.subtreeParameters(unit());
    }

    /**
     * Refuses a caller whose login is older than {@code maxAge}, from the token's {@code auth_time}
     * (OpenID Connect Core §2; Keycloak's {@code basic} scope puts it in access tokens): a token lives
     * on after its Keycloak session was logged out, until it expires, and refresh keeps the first
     * login's time. An operation as grave as revealing a denouncer therefore asks for a recent login:
     * 401 with the RFC 9470 step-up challenge when {@code auth_time} is missing or too old.
     */
    public void requireRecentAuthentication(java.time.Duration maxAge, java.time.Instant now) {
        // auth_time when the token carries it; else its issue time: the local Keycloak leaves auth_time
        // out of password-grant tokens, and with 5-minute tokens a fresh iat still bounds the reuse of a
        // logged-out session (its refresh token no longer works) to the token's life.
        Object claim = identity.isAnonymous() ? null
                : token.getClaim("auth_time") != null ? token.getClaim("auth_time") : token.getClaim("iat");
        long authTime = claim instanceof Number n ? n.longValue()
                : claim instanceof jakarta.json.JsonNumber j ? j.longValue() : -1;
        if (authTime < 0 || now.getEpochSecond() - authTime > maxAge.toSeconds()) {
            throw ProblemException.stepUp("authentication.not-recent", maxAge.toSeconds(), maxAge.toMinutes());
        }
    }

    /**
     * The caller's unit path; an official without one may not read unit data (403). With the unit
     * registry enabled, a unit the registry does not know is refused (403 {@code unit.unregistered}),
     * and so is a unit retired before today (403 {@code unit.retired-token} naming its successors)
     * unless {@code minhbach.units.retired-tokens=accept}.
     */
    public String unit() {
        String unit = unitIfAny().orElseThrow(() -> ProblemException.forbidden("unit.missing"));
        requireRegistered(unit);
        return unit;
    }

    private void requireRegistered(String unit) {
        if (units != null && units.enabled()) {
            LocalDate today = LocalDate.now(HANOI);
            UnitDirectory.Verdict verdict = units.directory().check(unit, today);
            if (verdict instanceof UnitDirectory.Verdict.Unknown) {
                throw ProblemException.forbidden("unit.unregistered", unit);
            }
            if (verdict instanceof UnitDirectory.Verdict.Retired r && !"accept".equalsIgnoreCase(unitsConfig.retiredTokens())) {
                throw ProblemException.forbidden("unit.retired-token", unit, r.unit().validTo().toString(),
                        UnitCheck.describe(r.successors()));
            }
        }
    }

    private static final java.time.ZoneId HANOI = vn.minhbach.chassis.time.BusinessClock.HANOI;

    /** True when the record's unit lies in the caller's subtree. */
    public boolean covers(String unitPath) {
        return unitIfAny().map(root -> UnitPath.within(unitPath, root)).orElse(false);
    }

    /**
     * One record by id as the caller may see it: {@code found} (what the lookup by {@code id} answered, null for
     * none) when it lies in the caller's subtree; else the same 404 {@code notFoundKey} whether it is absent or
     * another unit's ({@link #requireScope}). {@code unitPath} reads the record's unit.
     */
    public <T> T inScope(T found, java.util.function.Function<? super T, String> unitPath, String notFoundKey, Object id) {
        if (found == null) {
            throw ProblemException.notFound(notFoundKey, id);
        }
        requireScope(unitPath.apply(found), notFoundKey, id);
        return found;
    }

    /**
     * Refuses a record outside the caller's subtree with the same 404 an absent record gets, so an
     * official of another district learns nothing about it.
     */
    public void requireScope(String unitPath, String notFoundKey, Object id) {
        unitIfAny().ifPresent(this::requireRegistered); // an unregistered or retired token unit: 403 first
        if (!covers(unitPath)) {
            throw ProblemException.notFound(notFoundKey, id);
        }
    }
}
