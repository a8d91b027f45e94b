package vn.minhbach.inspections;

/** Triage state of a lead from a petition. */
public enum LeadStatus {
    NEW, OPENED, DISMISSED
}
