package vn.minhbach.inspections;

/** Kiểm tra (inspection) or giám sát (supervision). */
public enum TeamKind {
    INSPECTION, SUPERVISION
}
