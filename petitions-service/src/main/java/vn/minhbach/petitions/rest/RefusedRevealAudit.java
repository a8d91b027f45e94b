package vn.minhbach.petitions.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.minhbach.petitions.service.PetitionFileQueries;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import vn.minhbach.chassis.audit.AuditLog;
import vn.minhbach.chassis.scope.DatabaseScope;

/**
 * Audits refused identity reveals too (401 without a valid token, 403 without the custodian role, 404
 * outside the custodian's unit or absent), so the unit's auditor sees attempts, not only successes.
 * A route handler sees every answer, also the 401s that authentication gives before any resource
 * runs. The entry carries the petition's unit when the petition exists (else the caller's, if any),
 * the status and no reason text; the actor is the verified user, or {@code unauthenticated}.
 */
@ApplicationScoped
public class RefusedRevealAudit {

    private static final Logger LOG = Logger.getLogger(RefusedRevealAudit.class);
    static final Pattern REVEAL = Pattern.compile("^/api/v1/petitions/([^/]+)/identity-reveals/?$");
    public static final String ACTION = "petition.identity-reveal-refused";

    @Inject
    AuditLog audit;

    @Inject
    PetitionFileQueries files;

    @Inject
    Vertx vertx;

    void init(@Observes Router router) {
        router.route().order(-100).handler(rc -> {
            Matcher m = REVEAL.matcher(rc.normalizedPath());
            if (m.matches() && "POST".equals(rc.request().method().name())) {
                String id = m.group(1);
                rc.addEndHandler(done -> {
                    int status = rc.response().getStatusCode();
                    if (status == 401 || status == 403 || status == 404) {
                        String actor = "unauthenticated";
                        String unit = null;
                        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
                            actor = user.getSecurityIdentity().getPrincipal().getName();
                            Object claim = user.getSecurityIdentity().getPrincipal()
                                    instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt ? jwt.getClaim("unit") : null;
                            unit = vn.minhbach.chassis.security.Caller.claimText(claim);
                        }
                        String who = actor;
                        String callerUnit = vn.minhbach.chassis.security.UnitPath.isValid(unit) ? unit : null;
                        vertx.executeBlocking(() -> {
                            record(who, id, callerUnit, status);
                            return null;
                        }, false);
                    }
                });
            }
            rc.next();
        });
    }

    void record(String actor, String id, String callerUnit, int status) {
        try {
            DatabaseScope.asSystem(() -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    String unit = callerUnit;
                    String entityId = id.length() > 64 ? id.substring(0, 64) : id;
                    try {
                        unit = files.unitPathOf(UUID.fromString(id)).orElse(unit);
                    } catch (IllegalArgumentException notAUuid) {
                        // recorded with the caller's unit
                    }
                    audit.record(actor.length() > 128 ? actor.substring(0, 128) : actor, ACTION, "petition", entityId,
                            unit, Map.of("status", status));
                });
                return null;
            });
        } catch (RuntimeException e) {
            LOG.errorf("Could not audit a refused identity reveal of %s (status %d): %s", id, status, e.toString());
        }
    }
}
