package vn.minhbach.programs.changes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.minhbach.chassis.security.Caller;
import vn.minhbach.chassis.security.IntakeClients;
import vn.minhbach.programs.rest.Roles;

import static vn.minhbach.programs.rest.Roles.*;

/**
 * Who may follow changes, and what they see. Officials with any role that reads a unit's work see
 * the events of their unit subtree. An integration client ({@code petition-intake} and none of those
 * roles) sees the events of the petitions it submitted, as in its read-back (issue 19.1): the
 * submitter is its user name ({@code service-account-<client id>}), carried in
 * {@code petition.received} as {@link IntakeClients#ref}.
 */
@RequestScoped
public class FeedAccess {


    /** The official roles that read a unit's work (all of {@link Roles} but the client roles). */
    private static final String[] OFFICIAL_ROLES = { RECEPTION_OFFICER, PETITION_HANDLER, INSPECTOR, PROGRAM_OFFICER,
            UNIT_REPORTER, LEADER, AUDITOR, ADMIN };

    @Inject
    Caller caller;

    public boolean isClient() {
        if (!caller.hasRole(PETITION_INTAKE)) {
            return false;
        }
        for (String role : OFFICIAL_ROLES) {
            if (caller.hasRole(role)) {
                return false;
            }
        }
        return true;
    }

    /** The caller's scope; an official without a unit claim gets 403 {@code unit.missing}. */
    public FeedScope scope() {
        return isClient() ? FeedScope.client(IntakeClients.ref(caller.name())) : FeedScope.unit(caller.unit());
    }

    /** A stable id of the caller for owning subscriptions; kept in the database, never answered. */
    public String owner() {
        return caller.subject();
    }
}
