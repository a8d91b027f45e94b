package vn.minhbach.inspections;

/** Why a team was set up: thường xuyên theo kế hoạch, chuyên đề, khi có dấu hiệu vi phạm, khác. */
public enum Basis {
    REGULAR, THEMATIC, SIGNS_OF_VIOLATION, OTHER
}
