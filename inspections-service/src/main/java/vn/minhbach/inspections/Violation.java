package vn.minhbach.inspections;

/** Violation found at a target (vi phạm). */
public enum Violation {
    NONE, MINOR, SERIOUS
}
