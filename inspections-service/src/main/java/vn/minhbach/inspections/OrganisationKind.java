package vn.minhbach.inspections;

/** Kind of party organisation: đảng ủy cơ sở, chi bộ trực thuộc, other committees. */
public enum OrganisationKind {
    GRASSROOTS_COMMITTEE, PARTY_CELL, OTHER_COMMITTEE
}
