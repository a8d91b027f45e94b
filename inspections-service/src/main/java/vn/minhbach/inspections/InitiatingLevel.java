package vn.minhbach.inspections;

/** The body that decided the team: Ban Thường vụ Quận ủy, Ủy ban Kiểm tra, Đảng ủy cơ sở. */
public enum InitiatingLevel {
    DISTRICT_STANDING_COMMITTEE, INSPECTION_COMMISSION, GRASSROOTS_COMMITTEE
}
