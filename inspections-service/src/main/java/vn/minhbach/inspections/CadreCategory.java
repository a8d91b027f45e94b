package vn.minhbach.inspections;

/** Cadre-management category of a party member (diện cán bộ quản lý). */
public enum CadreCategory {
    STANDING_COMMITTEE_MANAGED, GRASSROOTS_MANAGED, OTHER
}
