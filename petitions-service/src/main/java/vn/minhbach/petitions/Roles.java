package vn.minhbach.petitions;

/** Realm and integration-client roles (docs/contracts.md). */
public final class Roles {
    public static final String CITIZEN = "citizen";
    public static final String RECEPTION_OFFICER = "reception-officer";
    public static final String PETITION_HANDLER = "petition-handler";
    public static final String IDENTITY_CUSTODIAN = "identity-custodian";
    public static final String INSPECTOR = "inspector";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String PETITION_INTAKE = "petition-intake";
    public static final String STATISTICS_READER = "statistics-reader";

    private Roles() {
    }
}
