package vn.minhbach.petitions;

/** How a petition reached the unit. */
public enum Channel {
    AT_RECEPTION, POST, MOBILE_APP, WEB, TRANSFERRED_IN, GOVERNMENT_SYSTEM
}
