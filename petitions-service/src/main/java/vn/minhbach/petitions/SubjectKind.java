package vn.minhbach.petitions;

/** What the petition is about: a decision or act complained about, or a person or organisation denounced. */
public enum SubjectKind {
    DECISION, ACT, PERSON, ORGANISATION, OTHER
}
