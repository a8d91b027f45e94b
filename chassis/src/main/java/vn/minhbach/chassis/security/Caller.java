package vn.minhbach.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.minhbach.chassis.problem.ProblemException;

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

    /** The caller's unit path; an official without one may not read unit data (403). */
    public String unit() {
        return unitIfAny().orElseThrow(() -> ProblemException.forbidden("unit.missing"));
    }

    /** True when the record's unit lies in the caller's subtree. */
    public boolean covers(String unitPath) {
        return unitIfAny().map(root -> UnitPath.within(unitPath, root)).orElse(false);
    }

    /**
     * Refuses a record outside the caller's subtree with the same 404 an absent record gets, so an
     * official of another district learns nothing about it.
     */
    public void requireScope(String unitPath, String notFoundKey, Object id) {
        if (!covers(unitPath)) {
            throw ProblemException.notFound(notFoundKey, id);
        }
    }
}
