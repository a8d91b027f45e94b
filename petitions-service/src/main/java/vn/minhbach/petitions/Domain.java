package vn.minhbach.petitions;

/** Risky domains named in the report, plus harassment of citizens or enterprises. */
public enum Domain {
    LAND_MANAGEMENT, CONSTRUCTION_ORDER, URBAN_MANAGEMENT, SITE_CLEARANCE, PUBLIC_INVESTMENT,
    PUBLIC_PROCUREMENT, HARASSMENT, OTHER
}
