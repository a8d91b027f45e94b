package vn.minhbach.inspections.rest;

/** Role names (docs/contracts.md); the matrix per endpoint is in docs/inspections.md. */
public final class Roles {

    public static final String INSPECTOR = "inspector";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String STATISTICS_READER = "statistics-reader";

    private Roles() {
    }
}
