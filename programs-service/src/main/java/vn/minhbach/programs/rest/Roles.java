package vn.minhbach.programs.rest;

/** Roles of docs/contracts.md used by this service. */
public final class Roles {

    public static final String PROGRAM_OFFICER = "program-officer";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String LEADER = "leader";
    public static final String AUDITOR = "auditor";
    /** Client role of the integration client {@code minhbach-integration}. */
    public static final String STATISTICS_READER = "statistics-reader";

    private Roles() {
    }
}
