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

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's unit path, if the token carries a valid one. */
    public Optional<String> unitIfAny() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(UNIT_CLAIM);
        String unit = claim == null ? null : claim.toString().replace("\"", "");
        return UnitPath.isValid(unit) ? Optional.of(unit) : Optional.empty();
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
