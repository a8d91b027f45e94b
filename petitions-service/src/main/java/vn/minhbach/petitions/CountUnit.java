package vn.minhbach.petitions;

public enum CountUnit {
    WORKING_DAYS, CALENDAR_DAYS
}
