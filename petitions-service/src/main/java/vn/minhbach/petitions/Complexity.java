package vn.minhbach.petitions;

public enum Complexity {
    NORMAL, COMPLEX, ESPECIALLY_COMPLEX
}
