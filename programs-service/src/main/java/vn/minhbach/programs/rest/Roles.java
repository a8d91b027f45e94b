package vn.minhbach.programs.rest;

/**
 * This service's one role catalogue (docs/contracts.md): every {@code @RolesAllowed} and every role check of
 * the service names a constant of this class ({@code RoleCatalogueTest} checks it against the resources and
 * the realm).
 */
public final class Roles {

    public static final String PROGRAM_OFFICER = "program-officer";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /** Officials of the other services, who follow the change feed of their unit subtree. */
    public static final String RECEPTION_OFFICER = "reception-officer";
    public static final String PETITION_HANDLER = "petition-handler";
    public static final String INSPECTOR = "inspector";
    /** Client role of the integration clients that submit petitions (they follow their own in the feed). */
    public static final String PETITION_INTAKE = "petition-intake";
    /** Client role of the integration client {@code minhbach-integration}. */
    public static final String STATISTICS_READER = "statistics-reader";

    private Roles() {
    }
}
