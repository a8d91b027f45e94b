package vn.minhbach.inspections.rest;

/** Outcome of a CSV import: every row is created, or none (the first bad row answers 422). */
public record ImportResult(int created) {
}
