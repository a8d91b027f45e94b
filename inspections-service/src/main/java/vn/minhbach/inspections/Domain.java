package vn.minhbach.inspections;

/** Risky domains named in the source report (lĩnh vực). */
public enum Domain {
    LAND_MANAGEMENT, CONSTRUCTION_ORDER, URBAN_MANAGEMENT, SITE_CLEARANCE, PUBLIC_INVESTMENT, PUBLIC_PROCUREMENT, FINANCE_BUDGET, PARTY_BUILDING, OTHER
}
