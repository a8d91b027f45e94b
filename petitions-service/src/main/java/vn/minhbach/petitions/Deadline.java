package vn.minhbach.petitions;

/** The two statutory clocks: deciding whether to accept, and resolving once accepted. */
public enum Deadline {
    ACCEPTANCE, RESOLUTION
}
